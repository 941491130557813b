package com.fakebook.messaging.conversation;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A person's place in a conversation, as read with the conversation's state.
 *
 * @param visibleFrom the first message number this member may see
 */
public record Membership(
        UUID conversationId,
        UUID userId,
        Kind kind,
        @Nullable String name,
        UUID createdBy,
        long lastSequence,
        long visibleFrom,
        long lastReadSequence,
        boolean muted) {

    public boolean mayAddress(long sequence) {
        return sequence >= visibleFrom && sequence <= lastSequence;
    }
}
