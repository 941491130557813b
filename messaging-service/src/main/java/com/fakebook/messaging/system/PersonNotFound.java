package com.fakebook.messaging.system;

import com.fakebook.servicedefaults.ServiceProblem;
import org.springframework.http.HttpStatus;

/** No such person, or one the caller may not chat with (not a friend, blocked): the same 404, nothing leaks. */
public class PersonNotFound extends ServiceProblem {

    public PersonNotFound() {
        super(HttpStatus.NOT_FOUND, "person-not-found", "There is no such person.");
    }
}
