package com.fakebook.auth.account;

/** The action needs a login that is at most a few minutes old; the person has to log in again first. */
class ReauthenticationRequired extends RuntimeException {

    ReauthenticationRequired() {
        super("a recent login is required");
    }
}
