/** Profiles: one per account, made when the account signs up and erased when it is deleted. */
@NullMarked
package com.fakebook.profile.profiles;

import org.jspecify.annotations.NullMarked;
