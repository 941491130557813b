package com.fakebook.messaging.system;

import com.fakebook.servicedefaults.ServiceProblem;
import org.springframework.http.HttpStatus;

/**
 * The instance is working on as many sends as it takes at once: the send is refused now, not queued, and nothing
 * of it was stored. 503; the client sends it again, with the same client id, a moment later.
 */
public class TooBusy extends ServiceProblem {

    public TooBusy() {
        super(
                HttpStatus.SERVICE_UNAVAILABLE,
                "temporarily-unavailable",
                "Chat is busy right now; send the message again in a moment.");
    }
}
