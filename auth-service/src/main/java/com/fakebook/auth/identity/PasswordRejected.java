package com.fakebook.auth.identity;

/** Keycloak refused the password under the realm's policy; the message says which rule, for the person. */
public class PasswordRejected extends RuntimeException {

    public PasswordRejected(String message) {
        super(message);
    }
}
