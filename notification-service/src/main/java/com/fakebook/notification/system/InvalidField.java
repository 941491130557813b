package com.fakebook.notification.system;

import com.fakebook.servicedefaults.ServiceProblem;
import org.springframework.http.HttpStatus;

/** An input that binds but makes no sense here (an unknown notification type, a bad event id): a 400 naming it. */
public class InvalidField extends ServiceProblem {

    public InvalidField(String field, String message) {
        super(HttpStatus.BAD_REQUEST, "invalid-input", message, field);
    }
}
