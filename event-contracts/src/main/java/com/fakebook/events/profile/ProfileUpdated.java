package com.fakebook.events.profile;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * How the person is shown to others changed: the display name, the avatar, or both. Carries both as they now are.
 *
 * @param avatarUrl where the avatar image is served from, or null when the person has none
 */
public record ProfileUpdated(
        UUID id,
        Instant occurredAt,
        UUID accountId,
        String displayName,
        @Nullable String avatarUrl) implements ProfileEvent {

    public static final String TYPE = "fakebook.profile.ProfileUpdated";

    public static ProfileUpdated of(UUID accountId, String displayName, @Nullable String avatarUrl) {
        return new ProfileUpdated(UUID.randomUUID(), Instant.now(), accountId, displayName, avatarUrl);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
