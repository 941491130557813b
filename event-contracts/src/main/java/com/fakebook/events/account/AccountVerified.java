package com.fakebook.events.account;

import java.time.Instant;
import java.util.UUID;

/** The owner proved the email address; the account is active. */
public record AccountVerified(UUID id, Instant occurredAt, UUID accountId) implements AccountEvent {

    public static final String TYPE = "fakebook.account.AccountVerified";

    public static AccountVerified of(UUID accountId) {
        return new AccountVerified(UUID.randomUUID(), Instant.now(), accountId);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
