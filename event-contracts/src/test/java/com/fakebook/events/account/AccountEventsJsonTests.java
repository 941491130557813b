package com.fakebook.events.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class AccountEventsJsonTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void accountRegisteredSurvivesAJsonRoundTrip() {
        var event = AccountRegistered.of(UUID.randomUUID(), "Ana Lima");

        var read = json.readValue(json.writeValueAsString(event), AccountRegistered.class);

        assertThat(read).isEqualTo(event);
    }

    @Test
    void accountDeletedSurvivesAJsonRoundTrip() {
        var event = AccountDeleted.of(UUID.randomUUID());

        var read = json.readValue(json.writeValueAsString(event), AccountDeleted.class);

        assertThat(read).isEqualTo(event);
    }

    @Test
    void aConsumerIgnoresFieldsItDoesNotKnow() {
        var accountId = UUID.randomUUID();
        var payload = """
                {"id":"%s","occurredAt":"2026-11-24T10:15:30Z","accountId":"%s","addedLater":{"x":1}}""".formatted(UUID.randomUUID(), accountId);

        var read = json.readValue(payload, AccountVerified.class);

        assertThat(read.accountId()).isEqualTo(accountId);
    }

    @Test
    void thePayloadCarriesNeitherTypeNorSubject() {
        var event = AccountVerified.of(UUID.randomUUID());

        var tree = json.readTree(json.writeValueAsString(event));

        assertThat(tree.propertyNames()).containsExactlyInAnyOrder("id", "occurredAt", "accountId");
    }

    @Test
    void theSubjectIsTheAccountId() {
        var accountId = UUID.randomUUID();

        assertThat(AccountDeleted.of(accountId).subject()).isEqualTo(accountId.toString());
    }
}
