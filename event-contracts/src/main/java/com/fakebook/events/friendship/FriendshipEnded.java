package com.fakebook.events.friendship;

import java.time.Instant;
import java.util.UUID;

/**
 * The two are no longer friends: {@code endedBy} unfriended or blocked {@code otherUserId}, or {@code endedBy}'s
 * account was deleted.
 */
public record FriendshipEnded(UUID id, Instant occurredAt, UUID endedBy, UUID otherUserId) implements FriendshipEvent {

    public static final String TYPE = "fakebook.friendship.FriendshipEnded";

    public static FriendshipEnded of(UUID endedBy, UUID otherUserId) {
        return new FriendshipEnded(UUID.randomUUID(), Instant.now(), endedBy, otherUserId);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String subject() {
        return FriendshipEvent.pairKey(endedBy, otherUserId);
    }
}
