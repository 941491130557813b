/** Friendships: who is friends with whom since when, the lists of friends, mutual friends, unfriending. */
@NullMarked
package com.fakebook.friend.friendship;

import org.jspecify.annotations.NullMarked;
