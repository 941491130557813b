package com.fakebook.events.messaging;

import java.time.Instant;
import java.util.UUID;

/** The reader has read the conversation up to (and including) the message numbered {@code upToSequence}. */
public record ConversationRead(UUID id, Instant occurredAt, UUID conversationId, UUID readerId, long upToSequence)
        implements MessagingEvent {

    public static final String TYPE = "fakebook.messaging.ConversationRead";

    public static ConversationRead of(UUID conversationId, UUID readerId, long upToSequence) {
        return new ConversationRead(UUID.randomUUID(), Instant.now(), conversationId, readerId, upToSequence);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
