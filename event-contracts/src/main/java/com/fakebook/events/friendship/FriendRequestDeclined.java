package com.fakebook.events.friendship;

import java.time.Instant;
import java.util.UUID;

/** The recipient declined the request. The sender is not told: to them it stays pending. */
public record FriendRequestDeclined(UUID id, Instant occurredAt, UUID requestId, UUID senderId, UUID recipientId)
        implements FriendshipEvent {

    public static final String TYPE = "fakebook.friendship.FriendRequestDeclined";

    public static FriendRequestDeclined of(UUID requestId, UUID senderId, UUID recipientId) {
        return new FriendRequestDeclined(UUID.randomUUID(), Instant.now(), requestId, senderId, recipientId);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String subject() {
        return FriendshipEvent.pairKey(senderId, recipientId);
    }
}
