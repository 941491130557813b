package com.fakebook.messaging.conversation;

import com.fakebook.messaging.people.PersonView;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A conversation as its member sees it in their list.
 *
 * @param name the group's name; for a direct conversation, the other person's name
 * @param participants everyone in it, the viewer included, with current names and avatars
 * @param lastMessage the newest message the viewer may see, or null when there is none
 * @param unreadCount messages after the viewer's read mark
 * @param readOnly a direct conversation whose two are no longer friends (or one blocks the other): history only
 */
public record ConversationView(
        UUID id,
        Kind kind,
        String name,
        List<PersonView> participants,
        @Nullable LastMessage lastMessage,
        long lastSequence,
        long lastReadSequence,
        long unreadCount,
        boolean muted,
        boolean readOnly,
        Instant lastActivityAt) {

    /** The preview of a conversation's newest message. */
    public record LastMessage(
            long sequence, UUID senderId, @Nullable String preview, Instant sentAt) {}
}
