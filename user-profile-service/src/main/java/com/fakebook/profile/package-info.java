/** user-profile-service: profiles, their images and privacy settings, and people search. */
@NullMarked
package com.fakebook.profile;

import org.jspecify.annotations.NullMarked;
