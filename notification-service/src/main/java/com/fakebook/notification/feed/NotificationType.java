package com.fakebook.notification.feed;

/** What a notification tells; each can be switched off in the person's preferences. */
public enum NotificationType {
    /** The person verified their address: welcome. */
    WELCOME,
    /** Someone sent the person a friend request (gone when the request is answered or cancelled). */
    FRIEND_REQUEST_RECEIVED,
    /** Someone accepted the person's friend request. */
    FRIEND_REQUEST_ACCEPTED,
    /** Messages in a conversation the person has not read: one notification per conversation, counted. */
    NEW_MESSAGES
}
