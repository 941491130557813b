/** Cursor paging of newest-first lists, alike in every service. */
@NullMarked
package com.fakebook.servicedefaults.paging;

import org.jspecify.annotations.NullMarked;
