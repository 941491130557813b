package com.fakebook.profile.profiles;

import jakarta.validation.constraints.NotNull;

/**
 * Who may see each part of a profile, who may see the person's friends list, and who may find them in search.
 * The defaults ({@link #CAREFUL}) show little beyond the name to people the person does not know.
 */
record PrivacySettings(
        @NotNull Audience bio,
        @NotNull Audience birthday,
        @NotNull Audience pronouns,
        @NotNull Audience hometown,
        @NotNull Audience currentCity,
        @NotNull Audience work,
        @NotNull Audience education,
        @NotNull Audience relationshipStatus,
        @NotNull Audience website,
        @NotNull Audience phone,
        @NotNull Audience friendsList,
        @NotNull Audience searchableBy) {

    static final PrivacySettings CAREFUL = new PrivacySettings(
            Audience.PUBLIC,
            Audience.FRIENDS,
            Audience.FRIENDS,
            Audience.FRIENDS_OF_FRIENDS,
            Audience.FRIENDS,
            Audience.FRIENDS_OF_FRIENDS,
            Audience.FRIENDS_OF_FRIENDS,
            Audience.FRIENDS,
            Audience.PUBLIC,
            Audience.ONLY_ME,
            Audience.FRIENDS,
            Audience.PUBLIC);
}
