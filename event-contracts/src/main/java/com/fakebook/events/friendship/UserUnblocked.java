package com.fakebook.events.friendship;

import java.time.Instant;
import java.util.UUID;

/** {@code blockerId} lifted the block on {@code blockedId}; nothing else comes back (no friendship, no request). */
public record UserUnblocked(UUID id, Instant occurredAt, UUID blockerId, UUID blockedId) implements FriendshipEvent {

    public static final String TYPE = "fakebook.friendship.UserUnblocked";

    public static UserUnblocked of(UUID blockerId, UUID blockedId) {
        return new UserUnblocked(UUID.randomUUID(), Instant.now(), blockerId, blockedId);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String subject() {
        return FriendshipEvent.pairKey(blockerId, blockedId);
    }
}
