package com.fakebook.messaging.conversation;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A row of a person's conversation list, before names are put on it.
 *
 * @param readOnly a direct conversation whose two may no longer chat (not friends, or a block either way)
 */
record ConversationRow(
        UUID id,
        Kind kind,
        @Nullable String name,
        UUID createdBy,
        long lastSequence,
        long visibleFrom,
        long lastReadSequence,
        boolean muted,
        Instant lastActivityAt,
        @Nullable Long lastMessageSequence,
        @Nullable UUID lastMessageSender,
        @Nullable String lastMessageBody,
        @Nullable Instant lastMessageSentAt,
        boolean readOnly) {}
