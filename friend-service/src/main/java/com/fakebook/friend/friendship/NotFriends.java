package com.fakebook.friend.friendship;

import com.fakebook.friend.system.FriendProblem;
import org.springframework.http.HttpStatus;

/** The caller is not friends with that person (any more): there is no friendship to end. */
class NotFriends extends FriendProblem {

    NotFriends() {
        super(HttpStatus.NOT_FOUND, "friendship-not-found", "You are not friends with this person.");
    }
}
