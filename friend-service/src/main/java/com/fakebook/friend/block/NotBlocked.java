package com.fakebook.friend.block;

import com.fakebook.friend.system.FriendProblem;
import org.springframework.http.HttpStatus;

/** The caller has no block on that person to lift. */
class NotBlocked extends FriendProblem {

    NotBlocked() {
        super(HttpStatus.NOT_FOUND, "block-not-found", "You have not blocked this person.");
    }
}
