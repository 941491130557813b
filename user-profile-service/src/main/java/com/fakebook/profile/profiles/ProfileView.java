package com.fakebook.profile.profiles;

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

    private static <T> @Nullable T shown(@Nullable T part, Audience audience, Relationship viewer) {
        return audience.allows(viewer) ? part : null;
    }
}
