package com.fakebook.auth.account;

/** The caller's token is valid but names no account (deleted since the token was issued). */
class AccountNotFound extends RuntimeException {

    AccountNotFound() {
        super("no account for this login");
    }
}
