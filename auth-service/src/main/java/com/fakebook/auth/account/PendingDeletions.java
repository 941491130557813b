package com.fakebook.auth.account;

import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Finishes deletions whose Keycloak user could not be removed at once (Keycloak was down). */
@Component
class PendingDeletions {

    private final Accounts accounts;
    private final AccountManagement management;

    PendingDeletions(Accounts accounts, AccountManagement management) {
        this.accounts = accounts;
        this.management = management;
    }

    @Scheduled(fixedDelayString = "${fakebook.registration.finish-deletions-every:1m}")
    void finish() {
        accounts.findByStatusOrderByDeletedAt(AccountStatus.DELETED, Limit.of(100))
                .forEach(account -> management.finishDeletion(account.id()));
    }
}
