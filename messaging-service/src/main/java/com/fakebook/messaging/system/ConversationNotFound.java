package com.fakebook.messaging.system;

import com.fakebook.servicedefaults.ServiceProblem;
import org.springframework.http.HttpStatus;

/** No such conversation, or one the caller is not in: the same 404 either way. */
public class ConversationNotFound extends ServiceProblem {

    public ConversationNotFound() {
        super(HttpStatus.NOT_FOUND, "conversation-not-found", "There is no such conversation.");
    }
}
