package com.fakebook.auth.account;

enum AccountStatus {
    /** Signed up; the address is not verified, so Keycloak refuses the login. */
    PENDING_VERIFICATION,
    /** Verified: the person can log in. */
    ACTIVE,
    /** Deleted; the row stays only until the Keycloak user is gone too. */
    DELETED
}
