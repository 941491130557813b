package com.fakebook.profile.profiles;

import com.fakebook.profile.images.ImageKind;
import com.fakebook.profile.images.ProfileImages;
import com.fakebook.profile.relationships.Relationship;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A profile as one viewer may see it. A part the viewer may not see is absent, exactly as an empty one is: the
 * answer never hints that something is hidden.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ProfileView(
        UUID id,
        String displayName,
        @Nullable AvatarView avatar,
        @Nullable String cover,
        @Nullable String bio,
        @Nullable LocalDate birthday,
        @Nullable String pronouns,
        @Nullable String hometown,
        @Nullable String currentCity,
        @Nullable String work,
        @Nullable String education,
        @Nullable RelationshipStatus relationshipStatus,
        @Nullable String website,
        @Nullable String phone) {

    /** The owner's own view: everything. */
    static ProfileView of(Profile profile) {
        return as(profile, Relationship.SELF);
    }

    static ProfileView as(Profile profile, Relationship viewer) {
        var parts = profile.editable();
        var privacy = profile.privacy();
        return new ProfileView(
                profile.id(),
                parts.displayName(),
                AvatarView.of(profile.id(), profile.avatarHash()),
                profile.coverHash() == null
                        ? null
                        : ProfileImages.urlOf(profile.id(), ImageKind.COVER, profile.coverHash(), 1640),
                shown(parts.bio(), privacy.bio(), viewer),
                shown(parts.birthday(), privacy.birthday(), viewer),
                shown(parts.pronouns(), privacy.pronouns(), viewer),
                shown(parts.hometown(), privacy.hometown(), viewer),
                shown(parts.currentCity(), privacy.currentCity(), viewer),
                shown(parts.work(), privacy.work(), viewer),
                shown(parts.education(), privacy.education(), viewer),
                shown(parts.relationshipStatus(), privacy.relationshipStatus(), viewer),
                shown(parts.website(), privacy.website(), viewer),
                shown(parts.phone(), privacy.phone(), viewer));
    }

    /** The avatar's addresses in its three sizes; the name and avatar are shown to everyone logged in. */
    record AvatarView(String small, String medium, String large) {

        static @Nullable AvatarView of(UUID owner, @Nullable String hash) {
            return hash == null
                    ? null
                    : new AvatarView(
                            ProfileImages.urlOf(owner, ImageKind.AVATAR, hash, 40),
                            ProfileImages.urlOf(owner, ImageKind.AVATAR, hash, 160),
                            ProfileImages.urlOf(owner, ImageKind.AVATAR, hash, 512));
        }
    }

    private static <T> @Nullable T shown(@Nullable T part, Audience audience, Relationship viewer) {
        return audience.allows(viewer) ? part : null;
    }
}
