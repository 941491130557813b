package com.fakebook.events.profile;

import com.fakebook.events.DomainEvent;
import java.util.Map;
import java.util.UUID;

/** What others may need to know of a profile: how the person is shown, and who may see which part. */
public sealed interface ProfileEvent extends DomainEvent permits ProfileUpdated, PrivacySettingsChanged {

    String TOPIC = "fakebook.profile.v1";

    /** Each type name of this topic and the record it reads into; a consumer skips a type it does not know. */
    Map<String, Class<? extends ProfileEvent>> TYPES = Map.of(
            ProfileUpdated.TYPE, ProfileUpdated.class,
            PrivacySettingsChanged.TYPE, PrivacySettingsChanged.class);

    /** The account id (the user's Keycloak {@code sub}), which is also the profile's id. */
    UUID accountId();

    @Override
    default String subject() {
        return accountId().toString();
    }

    @Override
    default String topic() {
        return TOPIC;
    }
}
