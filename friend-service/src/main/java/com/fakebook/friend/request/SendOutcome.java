package com.fakebook.friend.request;

import org.jspecify.annotations.Nullable;

/**
 * What a send did: a request now waits ({@code REQUEST_SENT}, with the request), or the recipient had asked the
 * caller first and the two are now friends ({@code FRIENDS}).
 */
record SendOutcome(
        RelationshipStatus.Status status, @Nullable FriendRequestView request) {}
