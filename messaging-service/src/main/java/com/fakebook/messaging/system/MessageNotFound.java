package com.fakebook.messaging.system;

import com.fakebook.servicedefaults.ServiceProblem;
import org.springframework.http.HttpStatus;

/** No such message in the conversation, or one the caller may not see. */
public class MessageNotFound extends ServiceProblem {

    public MessageNotFound() {
        super(HttpStatus.NOT_FOUND, "message-not-found", "There is no such message.");
    }
}
