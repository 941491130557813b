package com.fakebook.events.profile;

import java.time.Instant;
import java.util.UUID;

/**
 * The person changed who may see parts of their profile. Audiences are one of {@link #PUBLIC}, {@link #FRIENDS},
 * {@link #FRIENDS_OF_FRIENDS}, {@link #ONLY_ME}; a consumer treats a value it does not know as {@link #ONLY_ME}.
 *
 * @param friendsList who may see the person's list of friends
 */
public record PrivacySettingsChanged(UUID id, Instant occurredAt, UUID accountId, String friendsList)
        implements ProfileEvent {

    public static final String TYPE = "fakebook.profile.PrivacySettingsChanged";

    public static final String PUBLIC = "PUBLIC";
    public static final String FRIENDS_OF_FRIENDS = "FRIENDS_OF_FRIENDS";
    public static final String FRIENDS = "FRIENDS";
    public static final String ONLY_ME = "ONLY_ME";

    public static PrivacySettingsChanged of(UUID accountId, String friendsList) {
        return new PrivacySettingsChanged(UUID.randomUUID(), Instant.now(), accountId, friendsList);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
