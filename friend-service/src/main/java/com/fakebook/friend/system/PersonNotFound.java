package com.fakebook.friend.system;

import org.springframework.http.HttpStatus;

/**
 * No person the caller may see under that id: unknown, malformed, erased, or blocking or blocked by the caller. The
 * answer is the same in every case, so that it tells nothing.
 */
public class PersonNotFound extends FriendProblem {

    public PersonNotFound() {
        super(HttpStatus.NOT_FOUND, "person-not-found", "There is no such person.");
    }
}
