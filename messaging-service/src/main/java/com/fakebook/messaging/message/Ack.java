package com.fakebook.messaging.message;

import java.time.Instant;
import java.util.UUID;

/**
 * What a sender learns of a stored message. A resend of the same client id gets the same ack, {@code duplicate}.
 */
public record Ack(
        String clientMessageId,
        UUID conversationId,
        UUID messageId,
        long sequence,
        Instant sentAt,
        boolean duplicate) {}
