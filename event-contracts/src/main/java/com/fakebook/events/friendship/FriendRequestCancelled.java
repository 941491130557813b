package com.fakebook.events.friendship;

import java.time.Instant;
import java.util.UUID;

/** The request is gone without an answer: its sender cancelled it, or a block or an account deletion ended it. */
public record FriendRequestCancelled(UUID id, Instant occurredAt, UUID requestId, UUID senderId, UUID recipientId)
        implements FriendshipEvent {

    public static final String TYPE = "fakebook.friendship.FriendRequestCancelled";

    public static FriendRequestCancelled of(UUID requestId, UUID senderId, UUID recipientId) {
        return new FriendRequestCancelled(UUID.randomUUID(), Instant.now(), requestId, senderId, recipientId);
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
