package com.fakebook.messaging.message;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A message as a member sees it.
 *
 * @param text null once unsent (or its sender's account was deleted)
 * @param replyTo the number of the message this one answers, if any
 * @param reactions one per person
 */
public record MessageView(
        UUID id,
        UUID conversationId,
        long sequence,
        UUID senderId,
        String clientMessageId,
        @Nullable String text,
        @Nullable Long replyTo,
        Instant sentAt,
        @Nullable Instant editedAt,
        boolean unsent,
        List<Reaction> reactions) {

    public record Reaction(UUID userId, String emoji) {}
}
