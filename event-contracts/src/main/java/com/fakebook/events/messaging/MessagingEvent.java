package com.fakebook.events.messaging;

import com.fakebook.events.DomainEvent;
import java.util.Map;
import java.util.UUID;

/** What happens in a conversation that others (notifications) act on. Keyed by conversation id, so in order per chat. */
public sealed interface MessagingEvent extends DomainEvent permits MessageSent, ConversationRead {

    String TOPIC = "fakebook.messaging.v1";

    /** Each type name of this topic and the record it reads into; a consumer skips a type it does not know. */
    Map<String, Class<? extends MessagingEvent>> TYPES = Map.of(
            MessageSent.TYPE, MessageSent.class,
            ConversationRead.TYPE, ConversationRead.class);

    UUID conversationId();

    @Override
    default String subject() {
        return conversationId().toString();
    }

    @Override
    default String topic() {
        return TOPIC;
    }
}
