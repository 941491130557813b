package com.fakebook.events.friendship;

import java.time.Instant;
import java.util.UUID;

/** {@code blockerId} blocked {@code blockedId}: neither can find or befriend the other; their friendship and requests ended (with their own events). */
public record UserBlocked(UUID id, Instant occurredAt, UUID blockerId, UUID blockedId) implements FriendshipEvent {

    public static final String TYPE = "fakebook.friendship.UserBlocked";

    public static UserBlocked of(UUID blockerId, UUID blockedId) {
        return new UserBlocked(UUID.randomUUID(), Instant.now(), blockerId, blockedId);
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
