package com.fakebook.notification.system;

import com.fakebook.servicedefaults.ServiceProblem;
import org.springframework.http.HttpStatus;

/** No notification under that id in the caller's feed: unknown, malformed, gone, or someone else's. */
public class NotificationNotFound extends ServiceProblem {

    public NotificationNotFound() {
        super(HttpStatus.NOT_FOUND, "notification-not-found", "There is no such notification.");
    }
}
