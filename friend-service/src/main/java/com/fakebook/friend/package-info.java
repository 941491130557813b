/** friend-service: friend requests, friendships, blocks and suggestions. */
@NullMarked
package com.fakebook.friend;

import org.jspecify.annotations.NullMarked;
