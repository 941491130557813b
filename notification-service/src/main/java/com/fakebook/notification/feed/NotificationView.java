package com.fakebook.notification.feed;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A notification as the feed and the stream show it.
 *
 * @param subjectId what it is about: the friend request, the conversation, the friend (a new avatar; the actor too),
 *     or (welcome) the person's own account
 * @param count the unread messages it stands for (new messages; 0 otherwise)
 * @param preview the start of the newest message (new messages only)
 * @param conversationName the group's name (group conversations only)
 * @param text the notification in words, e.g. "Ana Lima sent you 3 messages."
 * @param updatedAt its last activity, by which the feed is ordered (a new message moves it to the top)
 */
public record NotificationView(
        UUID id,
        NotificationType type,
        ActorView actor,
        UUID subjectId,
        int count,
        @Nullable String preview,
        @Nullable String conversationName,
        String text,
        boolean read,
        Instant createdAt,
        Instant updatedAt) {

    static String textOf(NotificationType type, String actor, int count, @Nullable String conversationName) {
        return switch (type) {
            case WELCOME -> "Welcome to Fakebook, %s!".formatted(actor);
            case FRIEND_REQUEST_RECEIVED -> "%s sent you a friend request.".formatted(actor);
            case FRIEND_REQUEST_ACCEPTED -> "%s accepted your friend request.".formatted(actor);
            case FRIEND_AVATAR_CHANGED -> "%s changed their profile picture.".formatted(actor);
            case NEW_MESSAGES -> {
                var messages = count == 1 ? "a message" : String.format(Locale.ROOT, "%d messages", count);
                yield conversationName == null
                        ? "%s sent you %s.".formatted(actor, messages)
                        : "%s sent %s in %s.".formatted(actor, messages, conversationName);
            }
        };
    }
}
