package com.fakebook.events.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ProfileEventsJsonTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void profileUpdatedSurvivesAJsonRoundTrip() {
        var event = ProfileUpdated.of(UUID.randomUUID(), "Ana Lima", "https://img.fakebook.test/a.webp");

        var read = json.readValue(json.writeValueAsString(event), ProfileUpdated.class);

        assertThat(read).isEqualTo(event);
    }

    @Test
    void profileUpdatedWithoutAnAvatarReadsAsNull() {
        var payload = """
                {"id":"%s","occurredAt":"2026-11-24T10:15:30Z","accountId":"%s","displayName":"Ana"}""".formatted(UUID.randomUUID(), UUID.randomUUID());

        assertThat(json.readValue(payload, ProfileUpdated.class).avatarUrl()).isNull();
    }

    @Test
    void privacySettingsChangedSurvivesAJsonRoundTrip() {
        var event = PrivacySettingsChanged.of(UUID.randomUUID(), PrivacySettingsChanged.FRIENDS_OF_FRIENDS);

        var read = json.readValue(json.writeValueAsString(event), PrivacySettingsChanged.class);

        assertThat(read).isEqualTo(event);
    }

    @Test
    void theSubjectIsTheAccountId() {
        var accountId = UUID.randomUUID();

        assertThat(ProfileUpdated.of(accountId, "Ana", null).subject()).isEqualTo(accountId.toString());
    }
}
