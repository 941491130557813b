package com.fakebook.friend.request;

import com.fakebook.friend.system.FriendProblem;
import org.springframework.http.HttpStatus;

/** No request under that id that the caller may act on: unknown, gone, or someone else's. */
class FriendRequestNotFound extends FriendProblem {

    FriendRequestNotFound() {
        super(HttpStatus.NOT_FOUND, "friend-request-not-found", "There is no such friend request.");
    }
}
