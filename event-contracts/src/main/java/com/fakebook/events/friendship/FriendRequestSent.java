package com.fakebook.events.friendship;

import java.time.Instant;
import java.util.UUID;

/** The sender asked the recipient to be friends. */
public record FriendRequestSent(UUID id, Instant occurredAt, UUID requestId, UUID senderId, UUID recipientId)
        implements FriendshipEvent {

    public static final String TYPE = "fakebook.friendship.FriendRequestSent";

    public static FriendRequestSent of(UUID requestId, UUID senderId, UUID recipientId) {
        return new FriendRequestSent(UUID.randomUUID(), Instant.now(), requestId, senderId, recipientId);
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
