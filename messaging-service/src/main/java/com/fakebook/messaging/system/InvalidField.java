package com.fakebook.messaging.system;

import com.fakebook.servicedefaults.ServiceProblem;
import org.springframework.http.HttpStatus;

/** An input that binds but makes no sense (a message too long, a member who is no friend): a 400 naming it. */
public class InvalidField extends ServiceProblem {

    public InvalidField(String field, String message) {
        super(HttpStatus.BAD_REQUEST, "invalid-input", message, field);
    }
}
