package com.fakebook.events.friendship;

import java.time.Instant;
import java.util.UUID;

/** The recipient accepted the request (or sent one back, crossing it): the two are friends from now. */
public record FriendRequestAccepted(UUID id, Instant occurredAt, UUID requestId, UUID senderId, UUID recipientId)
        implements FriendshipEvent {

    public static final String TYPE = "fakebook.friendship.FriendRequestAccepted";

    public static FriendRequestAccepted of(UUID requestId, UUID senderId, UUID recipientId) {
        return new FriendRequestAccepted(UUID.randomUUID(), Instant.now(), requestId, senderId, recipientId);
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
