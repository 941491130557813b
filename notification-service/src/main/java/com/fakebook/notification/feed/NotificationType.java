package com.fakebook.notification.feed;

/** What a notification tells; each can be switched on or off in the person's preferences. */
public enum NotificationType {
    /** The person verified their address: welcome. */
    WELCOME(true),
    /** Someone sent the person a friend request (gone when the request is answered or cancelled). */
    FRIEND_REQUEST_RECEIVED(true),
    /** Someone accepted the person's friend request. */
    FRIEND_REQUEST_ACCEPTED(true),
    /** Messages in a conversation the person has not read: one notification per conversation, counted. */
    NEW_MESSAGES(true),
    /** A friend shows a new avatar: one notification per friend, brought up again by the next one. Off unless chosen. */
    FRIEND_AVATAR_CHANGED(false);

    private final boolean onByDefault;

    NotificationType(boolean onByDefault) {
        this.onByDefault = onByDefault;
    }

    /** Whether a person who never chose gets this type. */
    public boolean onByDefault() {
        return onByDefault;
    }
}
