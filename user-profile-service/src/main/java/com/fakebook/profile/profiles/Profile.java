package com.fakebook.profile.profiles;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A person's profile; its id is their account id. */
@Entity
@Table(name = "profiles")
class Profile {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String displayName;

    @Column(nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Profile() {}

    private Profile(UUID id, String displayName, Instant createdAt) {
        this.id = id;
        this.displayName = displayName;
        this.createdAt = createdAt;
    }

    /** The empty profile of a new account: only the name the person signed up with. */
    static Profile forNewAccount(UUID accountId, String displayName, Instant signedUpAt) {
        return new Profile(accountId, displayName, signedUpAt);
    }

    UUID id() {
        return id;
    }

    String displayName() {
        return displayName;
    }
}
