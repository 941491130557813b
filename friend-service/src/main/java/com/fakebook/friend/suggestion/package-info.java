/** People the caller may know, ranked by mutual friends, and the suggestions the caller dismissed. */
@NullMarked
package com.fakebook.friend.suggestion;

import org.jspecify.annotations.NullMarked;
