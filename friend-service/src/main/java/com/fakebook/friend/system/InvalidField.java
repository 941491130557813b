package com.fakebook.friend.system;

import org.springframework.http.HttpStatus;

/** An input that binds but makes no sense (a request to oneself, a cursor that is not ours): a 400 naming it. */
public class InvalidField extends FriendProblem {

    public InvalidField(String field, String message) {
        super(HttpStatus.BAD_REQUEST, "invalid-input", message, field);
    }
}
