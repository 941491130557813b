package com.fakebook.friend.request;

import com.fakebook.friend.system.FriendProblem;
import org.springframework.http.HttpStatus;

/** The sender has as many requests waiting for an answer as one may have; one must go before another is sent. */
class TooManyPendingRequests extends FriendProblem {

    TooManyPendingRequests(int max) {
        super(
                HttpStatus.CONFLICT,
                "too-many-pending-requests",
                "You have " + max + " friend requests waiting for an answer. Cancel one to send another.");
    }
}
