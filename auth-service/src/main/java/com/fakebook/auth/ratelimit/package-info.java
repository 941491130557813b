/** Limits on how often a caller may try something, counted in Redis so every instance shares them. */
@NullMarked
package com.fakebook.auth.ratelimit;

import org.jspecify.annotations.NullMarked;
