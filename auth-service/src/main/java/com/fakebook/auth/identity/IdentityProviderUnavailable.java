package com.fakebook.auth.identity;

/** Keycloak did not answer in time, failed, or its circuit breaker is open. */
public class IdentityProviderUnavailable extends RuntimeException {

    public IdentityProviderUnavailable(Throwable cause) {
        super("Keycloak is unavailable", cause);
    }
}
