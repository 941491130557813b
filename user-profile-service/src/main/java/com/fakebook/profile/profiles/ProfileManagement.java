package com.fakebook.profile.profiles;

import com.fakebook.events.profile.PrivacySettingsChanged;
import com.fakebook.events.profile.ProfileUpdated;
import com.fakebook.profile.images.ImageKind;
import com.fakebook.profile.images.ProfileImages;
import com.fakebook.profile.relationships.Relationship;
import com.fakebook.profile.relationships.Relationships;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Reading a profile as someone may see it, and the owner's changes to it: each change names the version it was made
 * on, and what others need to know of it (the name, the friends list's audience) is published with it.
 */
@Service
class ProfileManagement {

    private static final Logger log = LoggerFactory.getLogger(ProfileManagement.class);

    private final Profiles profiles;
    private final Relationships relationships;
    private final StrictJson json;
    private final ApplicationEventPublisher events;
    private final ProfileImages images;
    private final TransactionTemplate transaction;

    ProfileManagement(
            Profiles profiles,
            Relationships relationships,
            StrictJson json,
            ApplicationEventPublisher events,
            ProfileImages images,
            TransactionTemplate transaction) {
        this.profiles = profiles;
        this.relationships = relationships;
        this.json = json;
        this.events = events;
        this.images = images;
        this.transaction = transaction;
    }

    @Transactional(readOnly = true)
    VersionedProfile own(UUID owner) {
        var profile = find(owner);
        return new VersionedProfile(ProfileView.of(profile), profile.version());
    }

    /** The profile as {@code viewer} may see it; none at all when one of them blocked the other. */
    @Transactional(readOnly = true)
    ProfileView view(UUID viewer, UUID owner) {
        var relationship = relationships.between(viewer, owner);
        if (relationship == Relationship.BLOCKED) {
            throw new ProfileNotFound();
        }
        return ProfileView.as(find(owner), relationship);
    }

    /** What the owner's profile shows to {@code viewer}, or to a stranger when there is none. */
    @Transactional(readOnly = true)
    ProfileView viewAs(UUID owner, @Nullable UUID viewer) {
        if (viewer == null || viewer.equals(owner)) {
            return ProfileView.as(find(owner), viewer == null ? Relationship.STRANGER : Relationship.SELF);
        }
        return view(viewer, owner);
    }

    /** Applies a merge patch made on {@code version}; the name change, if any, is published. */
    @Transactional
    VersionedProfile edit(UUID owner, long version, JsonNode patch) {
        var profile = find(owner);
        if (profile.version() != version) {
            throw ProfileVersionMismatch.stale();
        }
        var before = profile.displayName();
        profile.edit(json.merge(profile.editable(), patch, EditableProfile.class));
        if (!before.equals(profile.displayName())) {
            events.publishEvent(ProfileUpdated.of(owner, profile.displayName(), avatarUrlOf(profile)));
        }
        profiles.saveAndFlush(profile);
        log.info("Profile {} edited", owner);
        return new VersionedProfile(ProfileView.of(profile), profile.version());
    }

    /**
     * Shows a new avatar or cover. The files are stored first, then the profile names them (publishing the new
     * avatar); the replaced image's files go once that committed, the new ones if it did not.
     */
    VersionedProfile changeImage(UUID owner, ImageKind kind, byte[] upload) {
        var hash = images.store(owner, kind, upload);
        ChangedImage changed;
        try {
            changed = transaction.execute(status -> {
                var profile = find(owner);
                var replaced = profile.showImage(kind, hash);
                if (kind == ImageKind.AVATAR) {
                    events.publishEvent(ProfileUpdated.of(owner, profile.displayName(), avatarUrlOf(profile)));
                }
                profiles.saveAndFlush(profile);
                return new ChangedImage(new VersionedProfile(ProfileView.of(profile), profile.version()), replaced);
            });
        } catch (RuntimeException e) {
            removeUnlessShown(owner, kind, hash);
            throw e;
        }
        // Committed: the new image is shown whatever happens now; a replaced file left behind is only an orphan.
        if (changed.replaced() != null && !changed.replaced().equals(hash)) {
            images.removeQuietly(owner, kind, changed.replaced());
        }
        log.info("Profile {} shows a new {}", owner, kind);
        return changed.profile();
    }

    /**
     * The avatar as ProfileUpdated carries it (the 160 px size), or null when none is shown: the event always says
     * both name and avatar as they now are, so a rename must not blank the avatar in other services' read models.
     */
    private static @Nullable String avatarUrlOf(Profile profile) {
        var hash = profile.avatarHash();
        return hash == null ? null : ProfileImages.urlOf(profile.id(), ImageKind.AVATAR, hash, 160);
    }

    /** The new files go, unless they are the very image the profile already shows (the same picture again). */
    private void removeUnlessShown(UUID owner, ImageKind kind, String hash) {
        try {
            var shown = transaction.execute(status -> profiles.findById(owner)
                    .map(profile -> kind == ImageKind.AVATAR ? profile.avatarHash() : profile.coverHash())
                    .orElse(null));
            if (!hash.equals(shown)) {
                images.removeQuietly(owner, kind, hash);
            }
        } catch (RuntimeException e) {
            log.warn("Could not tell whether profile {} shows {} {}; its files are kept", owner, kind, hash);
        }
    }

    @Transactional(readOnly = true)
    PrivacySettings privacy(UUID owner) {
        return find(owner).privacy();
    }

    /** Replaces every audience; a change of the friends list's audience is published for friend-service. */
    @Transactional
    PrivacySettings changePrivacy(UUID owner, JsonNode settings) {
        var profile = find(owner);
        var changed = json.read(settings, PrivacySettings.class);
        var friendsListBefore = profile.privacy().friendsList();
        profile.changePrivacy(changed);
        if (friendsListBefore != changed.friendsList()) {
            events.publishEvent(
                    PrivacySettingsChanged.of(owner, changed.friendsList().name()));
        }
        log.info("Profile {} privacy changed", owner);
        return profile.privacy();
    }

    private Profile find(UUID id) {
        return profiles.findById(id).orElseThrow(ProfileNotFound::new);
    }

    private record ChangedImage(
            VersionedProfile profile, @Nullable String replaced) {}

    /** A profile and the version it was read at, which is its {@code ETag}. */
    record VersionedProfile(ProfileView profile, long version) {}
}
