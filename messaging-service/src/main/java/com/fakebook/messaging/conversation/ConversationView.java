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
 * @param members everyone in it, in the order of {@code participants}, with how far each has read and received:
 *     read receipts for what was read while the viewer was away
 * @param createdBy who made it (a group's creator may remove others)
 * @param lastMessage the newest message the viewer may see, or null when there is none
 * @param unreadCount messages after the viewer's read mark
 * @param readOnly a direct conversation whose two are no longer friends (or one blocks the other): history only
 */
public record ConversationView(
        UUID id,
        Kind kind,
        String name,
        List<PersonView> participants,
        List<Member> members,
        UUID createdBy,
        @Nullable LastMessage lastMessage,
        long lastSequence,
        long lastReadSequence,
        long unreadCount,
        boolean muted,
        boolean readOnly,
        Instant lastActivityAt) {

    /**
     * A member's marks.
     *
     * @param lastReadSequence the number of the newest message they have read (0: none)
     * @param lastDeliveredSequence the number of the newest message one of their devices received (0: none)
     */
    public record Member(UUID userId, long lastReadSequence, long lastDeliveredSequence) {}

    /** The preview of a conversation's newest message. */
    public record LastMessage(
            long sequence, UUID senderId, @Nullable String preview, Instant sentAt) {}
}
