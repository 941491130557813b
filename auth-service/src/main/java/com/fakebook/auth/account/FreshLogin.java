package com.fakebook.auth.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Some actions (deleting the account) need a login at most {@code maxAge} old, not just a valid token. */
record FreshLogin(Duration maxAge, Clock clock) {

    /** Refuses unless the login ({@code auth_time}) happened within {@code maxAge}; a token without one is old. */
    void require(@Nullable Instant authenticatedAt) {
        if (authenticatedAt == null || authenticatedAt.isBefore(clock.instant().minus(maxAge))) {
            throw new ReauthenticationRequired();
        }
    }
}
