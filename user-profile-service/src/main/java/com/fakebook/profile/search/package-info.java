/**
 * People search: finding someone by name, among those who let the caller find them, nearest first (friends,
 * then friends of friends), never anyone either side blocked.
 */
@NullMarked
package com.fakebook.profile.search;

import org.jspecify.annotations.NullMarked;
