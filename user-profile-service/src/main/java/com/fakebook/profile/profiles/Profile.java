package com.fakebook.profile.profiles;

import com.fakebook.profile.images.ImageKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A person's profile; its id is their account id. It holds what the person wrote and who may see each part; its
 * version is the {@code ETag} a change must name, so that two edits never silently overwrite each other.
 */
@Entity
@Table(name = "profiles")
class Profile {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String displayName;

    @Column(nullable = false)
    private Instant createdAt;

    private @Nullable String bio;
    private @Nullable LocalDate birthday;
    private @Nullable String pronouns;
    private @Nullable String hometown;
    private @Nullable String currentCity;
    private @Nullable String work;
    private @Nullable String education;

    @Enumerated(EnumType.STRING)
    private @Nullable RelationshipStatus relationshipStatus;

    private @Nullable String website;
    private @Nullable String phone;

    @Enumerated(EnumType.STRING)
    private Audience bioAudience;

    @Enumerated(EnumType.STRING)
    private Audience birthdayAudience;

    @Enumerated(EnumType.STRING)
    private Audience pronounsAudience;

    @Enumerated(EnumType.STRING)
    private Audience hometownAudience;

    @Enumerated(EnumType.STRING)
    private Audience currentCityAudience;

    @Enumerated(EnumType.STRING)
    private Audience workAudience;

    @Enumerated(EnumType.STRING)
    private Audience educationAudience;

    @Enumerated(EnumType.STRING)
    private Audience relationshipStatusAudience;

    @Enumerated(EnumType.STRING)
    private Audience websiteAudience;

    @Enumerated(EnumType.STRING)
    private Audience phoneAudience;

    @Enumerated(EnumType.STRING)
    private Audience friendsListAudience;

    @Enumerated(EnumType.STRING)
    private Audience searchableBy;

    private @Nullable String avatarHash;
    private @Nullable String coverHash;

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected Profile() {}

    private Profile(UUID id, String displayName, Instant createdAt) {
        this.id = id;
        this.displayName = displayName;
        this.createdAt = createdAt;
        changePrivacy(PrivacySettings.CAREFUL);
    }

    /** The empty profile of a new account: only the name the person signed up with, and careful audiences. */
    static Profile forNewAccount(UUID accountId, String displayName, Instant signedUpAt) {
        return new Profile(accountId, displayName, signedUpAt);
    }

    UUID id() {
        return id;
    }

    String displayName() {
        return displayName;
    }

    long version() {
        return version;
    }

    EditableProfile editable() {
        return new EditableProfile(
                displayName,
                bio,
                birthday,
                pronouns,
                hometown,
                currentCity,
                work,
                education,
                relationshipStatus,
                website,
                phone);
    }

    /** Takes what the owner wrote, already validated. */
    void edit(EditableProfile edited) {
        displayName = edited.displayName();
        bio = edited.bio();
        birthday = edited.birthday();
        pronouns = edited.pronouns();
        hometown = edited.hometown();
        currentCity = edited.currentCity();
        work = edited.work();
        education = edited.education();
        relationshipStatus = edited.relationshipStatus();
        website = edited.website();
        phone = edited.phone();
    }

    @Nullable
    String avatarHash() {
        return avatarHash;
    }

    @Nullable
    String coverHash() {
        return coverHash;
    }

    /** Shows the image with this content hash; returns the one it replaces, if any, for its files to be removed. */
    @Nullable
    String showImage(ImageKind kind, String hash) {
        var replaced = kind == ImageKind.AVATAR ? avatarHash : coverHash;
        if (kind == ImageKind.AVATAR) {
            avatarHash = hash;
        } else {
            coverHash = hash;
        }
        return replaced;
    }

    PrivacySettings privacy() {
        return new PrivacySettings(
                bioAudience,
                birthdayAudience,
                pronounsAudience,
                hometownAudience,
                currentCityAudience,
                workAudience,
                educationAudience,
                relationshipStatusAudience,
                websiteAudience,
                phoneAudience,
                friendsListAudience,
                searchableBy);
    }

    void changePrivacy(PrivacySettings settings) {
        bioAudience = settings.bio();
        birthdayAudience = settings.birthday();
        pronounsAudience = settings.pronouns();
        hometownAudience = settings.hometown();
        currentCityAudience = settings.currentCity();
        workAudience = settings.work();
        educationAudience = settings.education();
        relationshipStatusAudience = settings.relationshipStatus();
        websiteAudience = settings.website();
        phoneAudience = settings.phone();
        friendsListAudience = settings.friendsList();
        searchableBy = settings.searchableBy();
    }
}
