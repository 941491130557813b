/**
 * Events of topic {@code fakebook.friendship.v1}, published by friend-service and keyed by the sorted pair of the
 * two user ids ({@link com.fakebook.events.friendship.FriendshipEvent#pairKey}).
 */
@NullMarked
package com.fakebook.events.friendship;

import org.jspecify.annotations.NullMarked;
