package com.fakebook.events.account;

import java.time.Instant;
import java.util.UUID;

/** A person signed up; the address is not verified yet. Carries no email: only auth-service keeps it. */
public record AccountRegistered(UUID id, Instant occurredAt, UUID accountId, String displayName)
        implements AccountEvent {

    public static final String TYPE = "fakebook.account.AccountRegistered";

    public static AccountRegistered of(UUID accountId, String displayName) {
        return new AccountRegistered(UUID.randomUUID(), Instant.now(), accountId, displayName);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
