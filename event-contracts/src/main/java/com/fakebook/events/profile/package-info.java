/** Events of topic {@code fakebook.profile.v1}, published by user-profile-service and keyed by account id. */
@NullMarked
package com.fakebook.events.profile;

import org.jspecify.annotations.NullMarked;
