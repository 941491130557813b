package com.fakebook.friend.system;

import org.springframework.http.HttpStatus;

/** The caller's token is valid but friend-service knows no such person (deleted, or not heard of yet). */
public class AccountNotFound extends FriendProblem {

    public AccountNotFound() {
        super(HttpStatus.NOT_FOUND, "account-not-found", "There is no account for this login.");
    }
}
