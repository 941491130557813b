package com.fakebook.events.account;

import com.fakebook.events.DomainEvent;
import java.util.Map;
import java.util.UUID;

/** An account's life: registered, verified, deleted. */
public sealed interface AccountEvent extends DomainEvent permits AccountRegistered, AccountVerified, AccountDeleted {

    String TOPIC = "fakebook.account.v1";

    /** Each type name of this topic and the record it reads into; a consumer skips a type it does not know. */
    Map<String, Class<? extends AccountEvent>> TYPES = Map.of(
            AccountRegistered.TYPE, AccountRegistered.class,
            AccountVerified.TYPE, AccountVerified.class,
            AccountDeleted.TYPE, AccountDeleted.class);

    /** The account id, which is the user's Keycloak {@code sub}. */
    UUID accountId();

    @Override
    default String subject() {
        return accountId().toString();
    }

    @Override
    default String topic() {
        return TOPIC;
    }
}
