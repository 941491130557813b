package com.fakebook.events.messaging;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A message was stored in a conversation. Carries no more of the message than a short preview, and only for the
 * people who are to be told of it.
 *
 * @param sequence the message's number in its conversation (1, 2, 3, ... without gaps)
 * @param recipients the members to tell: everyone in the conversation but the sender and those who muted it
 * @param preview the first {@value #PREVIEW_LENGTH} characters of the text, or null when there are no recipients
 * @param conversationName the group's name, or null for a direct conversation
 */
public record MessageSent(
        UUID id,
        Instant occurredAt,
        UUID conversationId,
        UUID messageId,
        long sequence,
        UUID senderId,
        List<UUID> recipients,
        @Nullable String preview,
        @Nullable String conversationName)
        implements MessagingEvent {

    public static final String TYPE = "fakebook.messaging.MessageSent";

    /** The longest preview, in characters (code points: a preview never splits an emoji). */
    public static final int PREVIEW_LENGTH = 100;

    public MessageSent {
        recipients = List.copyOf(recipients);
    }

    public static MessageSent of(
            UUID conversationId,
            UUID messageId,
            long sequence,
            UUID senderId,
            List<UUID> recipients,
            String text,
            @Nullable String conversationName) {
        return new MessageSent(
                UUID.randomUUID(),
                Instant.now(),
                conversationId,
                messageId,
                sequence,
                senderId,
                recipients,
                recipients.isEmpty() ? null : previewOf(text),
                conversationName);
    }

    /** The first {@value #PREVIEW_LENGTH} code points of the text, with an ellipsis when it was cut. */
    public static String previewOf(String text) {
        if (text.codePointCount(0, text.length()) <= PREVIEW_LENGTH) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, PREVIEW_LENGTH - 1)) + "…";
    }

    @Override
    public String type() {
        return TYPE;
    }
}
