package com.fakebook.friend.system;

import java.time.Duration;

/** The caller used up the attempts of the current window; it may try again after {@link #retryAfter()}. */
public class TooManyAttempts extends RuntimeException {

    private final Duration retryAfter;

    TooManyAttempts(Duration retryAfter) {
        super("Too many attempts; retry after " + retryAfter.toSeconds() + " s");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
