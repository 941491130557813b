package com.fakebook.events.friendship;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class FriendshipEventsJsonTests {

    private final JsonMapper json = JsonMapper.builder().build();

    private final UUID ana = UUID.fromString("6a0f1e2d-3c4b-4a59-8e7f-0a1b2c3d4e5f");
    private final UUID bruno = UUID.fromString("0b9c6f7e-5d1e-4c7a-9a51-1f2d3c4b5a69");

    @Test
    void everyEventSurvivesAJsonRoundTrip() {
        var request = UUID.randomUUID();
        List<FriendshipEvent> events = List.of(
                FriendRequestSent.of(request, ana, bruno),
                FriendRequestAccepted.of(request, ana, bruno),
                FriendRequestDeclined.of(request, ana, bruno),
                FriendRequestCancelled.of(request, ana, bruno),
                FriendshipEnded.of(ana, bruno),
                UserBlocked.of(ana, bruno),
                UserUnblocked.of(ana, bruno));

        for (var event : events) {
            var read = json.readValue(json.writeValueAsString(event), FriendshipEvent.TYPES.get(event.type()));
            assertThat(read).isEqualTo(event);
        }
    }

    @Test
    void everyTypeIsListedUnderItsName() {
        assertThat(FriendshipEvent.TYPES).hasSize(FriendshipEvent.class.getPermittedSubclasses().length);
        FriendshipEvent.TYPES.forEach(
                (type, record) -> assertThat(type).isEqualTo("fakebook.friendship." + record.getSimpleName()));
    }

    @Test
    void theSubjectIsTheSortedPairWhoeverActed() {
        var expected = "0b9c6f7e-5d1e-4c7a-9a51-1f2d3c4b5a69:6a0f1e2d-3c4b-4a59-8e7f-0a1b2c3d4e5f";

        assertThat(FriendRequestSent.of(UUID.randomUUID(), ana, bruno).subject())
                .isEqualTo(expected);
        assertThat(FriendRequestSent.of(UUID.randomUUID(), bruno, ana).subject())
                .isEqualTo(expected);
        assertThat(UserBlocked.of(ana, bruno).subject()).isEqualTo(expected);
        assertThat(FriendshipEnded.of(bruno, ana).subject()).isEqualTo(expected);
    }

    @Test
    void thePairKeySortsAsTextNotAsJavasSignedUuidOrder() {
        var high = UUID.fromString("f0000000-0000-4000-8000-000000000000");
        var low = UUID.fromString("10000000-0000-4000-8000-000000000000");

        // UUID.compareTo takes f0000000... for negative, so it would put it first; the key must not.
        assertThat(high.compareTo(low)).isNegative();
        assertThat(FriendshipEvent.pairKey(high, low)).isEqualTo(low + ":" + high);
    }

    @Test
    void thePayloadCarriesNeitherTypeNorSubject() {
        var event = FriendRequestSent.of(UUID.randomUUID(), ana, bruno);

        var tree = json.readTree(json.writeValueAsString(event));

        assertThat(tree.propertyNames())
                .containsExactlyInAnyOrder("id", "occurredAt", "requestId", "senderId", "recipientId");
    }

    @Test
    void aConsumerIgnoresFieldsItDoesNotKnow() {
        var payload = """
                {"id":"%s","occurredAt":"2026-11-24T10:15:30Z","blockerId":"%s","blockedId":"%s","addedLater":1}""".formatted(UUID.randomUUID(), ana, bruno);

        var read = JsonMapper.builder()
                .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build()
                .readValue(payload, UserBlocked.class);

        assertThat(read.blockerId()).isEqualTo(ana);
    }
}
