package com.fakebook.auth.account;

import java.time.Duration;

/**
 * Makes an anonymous answer take the same time whatever the outcome, so that its duration does not tell whether an
 * address has an account: a taken address is answered without calling Keycloak, a free one after creating the user
 * and having Keycloak send the mail. Each request runs on its own virtual thread, so waiting holds no platform
 * thread. An answer that took longer than {@code floor} (under heavy load) is not delayed further.
 */
record EvenResponseTime(Duration floor) {

    /** Returns no sooner than {@code floor} after {@code startedAt} (a {@link System#nanoTime()} reading). */
    void padFrom(long startedAt) {
        var remaining = floor.minusNanos(System.nanoTime() - startedAt);
        if (remaining.isPositive()) {
            try {
                Thread.sleep(remaining);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
