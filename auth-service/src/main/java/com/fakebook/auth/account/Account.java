package com.fakebook.auth.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A person's account. Its id is the Keycloak user's id, the {@code sub} of every token of theirs. */
@Entity
@Table(name = "accounts")
class Account {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AccountStatus status;

    @Column(nullable = false)
    private Instant createdAt;

    private @Nullable Instant verifiedAt;

    private @Nullable Instant deletedAt;

    @Version
    private long version;

    protected Account() {}

    private Account(UUID id, String email, AccountStatus status, Instant now) {
        this.id = id;
        this.email = email;
        this.status = status;
        this.createdAt = now;
    }

    /** A sign-up: the address still has to be verified. */
    static Account signedUp(UUID id, String email, Instant now) {
        return new Account(id, email, AccountStatus.PENDING_VERIFICATION, now);
    }

    /** A person Keycloak already knows as verified (made in Keycloak's console), met on their first call. */
    static Account alreadyVerified(UUID id, String email, Instant now) {
        var account = new Account(id, email, AccountStatus.ACTIVE, now);
        account.verifiedAt = now;
        return account;
    }

    /** Marks the address verified; false when it already was. */
    boolean verify(Instant now) {
        return switch (status) {
            case ACTIVE -> false;
            case PENDING_VERIFICATION -> {
                status = AccountStatus.ACTIVE;
                verifiedAt = now;
                yield true;
            }
            case DELETED -> throw new IllegalStateException("a deleted account cannot be verified");
        };
    }

    /** Marks the account deleted; false when it already was. */
    boolean delete(Instant now) {
        if (status == AccountStatus.DELETED) {
            return false;
        }
        status = AccountStatus.DELETED;
        deletedAt = now;
        return true;
    }

    UUID id() {
        return id;
    }

    String email() {
        return email;
    }

    AccountStatus status() {
        return status;
    }
}
