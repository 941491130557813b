package com.fakebook.messaging.live;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A frame a client sends on {@code /ws/chat}, named by its {@code type}. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = ClientFrame.Send.class, name = "send"),
    @JsonSubTypes.Type(value = ClientFrame.Sync.class, name = "sync"),
    @JsonSubTypes.Type(value = ClientFrame.Read.class, name = "read"),
    @JsonSubTypes.Type(value = ClientFrame.Delivered.class, name = "delivered"),
    @JsonSubTypes.Type(value = ClientFrame.Typing.class, name = "typing"),
    @JsonSubTypes.Type(value = ClientFrame.Ping.class, name = "ping")
})
sealed interface ClientFrame {

    /** Send a message; the client's id makes a resend safe. */
    record Send(
            @Nullable String clientMessageId,
            @Nullable UUID conversationId,
            @Nullable String text,
            @Nullable Long replyTo)
            implements ClientFrame {}

    /** What the client has seen, per conversation: the server answers with what came after. */
    record Sync(@Nullable List<Position> conversations) implements ClientFrame {

        record Position(@Nullable UUID conversationId, long lastSequence) {}
    }

    record Read(@Nullable UUID conversationId, long upToSequence) implements ClientFrame {}

    record Delivered(@Nullable UUID conversationId, long upToSequence) implements ClientFrame {}

    record Typing(@Nullable UUID conversationId) implements ClientFrame {}

    record Ping() implements ClientFrame {}
}
