package com.fakebook.events.account;

import com.fakebook.events.DomainEvent;
import java.util.UUID;

/** An account's life: registered, verified, deleted. */
public sealed interface AccountEvent extends DomainEvent permits AccountRegistered, AccountVerified, AccountDeleted {

    String TOPIC = "fakebook.account.v1";

    /** The account id, which is the user's Keycloak {@code sub}. */
    UUID accountId();

    @Override
    default String subject() {
        return accountId().toString();
    }
}
