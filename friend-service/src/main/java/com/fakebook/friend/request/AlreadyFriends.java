package com.fakebook.friend.request;

import com.fakebook.friend.system.FriendProblem;
import org.springframework.http.HttpStatus;

/** A request to someone who is already a friend. */
class AlreadyFriends extends FriendProblem {

    AlreadyFriends() {
        super(HttpStatus.CONFLICT, "already-friends", "You are already friends.");
    }
}
