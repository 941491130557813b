package com.fakebook.messaging.system;

import com.fakebook.servicedefaults.ServiceProblem;
import org.springframework.http.HttpStatus;

/**
 * The caller sees the conversation or message but may not do this to it: a direct chat that is read-only (no
 * longer friends, or blocked), someone else's message to edit, an edit after its window. 409 with the reason.
 */
public class NotAllowed extends ServiceProblem {

    public NotAllowed(String type, String detail) {
        super(HttpStatus.CONFLICT, type, detail);
    }
}
