package com.fakebook.messaging.live;

import com.fakebook.messaging.delivery.ServerFrame;
import com.fakebook.messaging.message.Ack;
import com.fakebook.messaging.message.MessageView;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The frames only the socket sends (the features send theirs through deliveries). */
final class Frames {

    private Frames() {}

    /** The message is stored under this number; a resend of its client id gets the same ack. */
    @JsonTypeName("ack")
    record AckFrame(Ack ack) implements ServerFrame {}

    /**
     * Something the client sent was refused; the socket stays open.
     *
     * @param code the problem type, as the HTTP API names it (docs/problems.md)
     * @param ref the client message id of the refused send, when it was one
     * @param field the field at fault, when one was
     */
    @JsonTypeName("error")
    record ErrorFrame(
            String code,
            String message,
            @Nullable String ref,
            @Nullable String field) implements ServerFrame {}

    /** What the client missed of a conversation, oldest first; {@code hasMore}: ask again after the last one. */
    @JsonTypeName("messages")
    record MessagesFrame(UUID conversationId, List<MessageView> messages, boolean hasMore) implements ServerFrame {}

    @JsonTypeName("typing")
    record TypingFrame(UUID conversationId, UUID userId) implements ServerFrame {}

    @JsonTypeName("presence")
    record PresenceFrame(
            UUID userId, boolean online, @Nullable Instant lastActiveAt) implements ServerFrame {}

    @JsonTypeName("pong")
    record PongFrame() implements ServerFrame {}

    @JsonTypeName("welcome")
    record WelcomeFrame(UUID userId, long maxFrameChars) implements ServerFrame {}
}
