package com.fakebook.events.account;

import java.time.Instant;
import java.util.UUID;

/** The account is gone: every service erases what it holds about this user. */
public record AccountDeleted(UUID id, Instant occurredAt, UUID accountId) implements AccountEvent {

    public static final String TYPE = "fakebook.account.AccountDeleted";

    public static AccountDeleted of(UUID accountId) {
        return new AccountDeleted(UUID.randomUUID(), Instant.now(), accountId);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
