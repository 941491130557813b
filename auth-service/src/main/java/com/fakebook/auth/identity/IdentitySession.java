package com.fakebook.auth.identity;

import java.time.Instant;

/**
 * One of a user's Keycloak sessions (a login in some browser): the {@code sid} of its tokens, the address it logged in
 * from, when it started and when Keycloak last saw it (at login and at each token refresh).
 */
public record IdentitySession(String id, String ipAddress, Instant startedAt, Instant lastAccessAt) {}
