/** Blocks: who blocked whom. A block hides two people from each other and ends what was between them. */
@NullMarked
package com.fakebook.friend.block;

import org.jspecify.annotations.NullMarked;
