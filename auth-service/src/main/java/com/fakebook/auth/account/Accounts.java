package com.fakebook.auth.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Accounts extends ListCrudRepository<Account, UUID> {

    @Query(
            "select a from Account a where a.email = :email and a.status <> com.fakebook.auth.account.AccountStatus.DELETED")
    Optional<Account> findLiveByEmail(String email);

    List<Account> findByStatusAndCreatedAtAfterOrderByCreatedAt(AccountStatus status, Instant after, Limit limit);

    List<Account> findByStatusOrderByDeletedAt(AccountStatus status, Limit limit);
}
