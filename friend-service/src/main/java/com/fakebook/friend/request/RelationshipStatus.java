package com.fakebook.friend.request;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Where the caller stands with someone.
 *
 * @param requestId the open request, when the status is {@code REQUEST_SENT} or {@code REQUEST_RECEIVED}
 */
record RelationshipStatus(Status status, @Nullable UUID requestId) {

    enum Status {
        NONE,
        REQUEST_SENT,
        REQUEST_RECEIVED,
        FRIENDS,
        /** The caller blocked them. (Someone who blocked the caller does not exist to the caller: 404.) */
        BLOCKED
    }
}
