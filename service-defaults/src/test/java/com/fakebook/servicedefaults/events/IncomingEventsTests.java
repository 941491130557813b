package com.fakebook.servicedefaults.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fakebook.events.CloudEventHeaders;
import com.fakebook.events.friendship.FriendRequestAccepted;
import com.fakebook.events.friendship.FriendRequestSent;
import com.fakebook.events.friendship.FriendshipEvent;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Records as they come off the topic: a type header and a JSON payload. */
class IncomingEventsTests {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Set<Class<? extends FriendshipEvent>> ACCEPTED_ONLY = Set.of(FriendRequestAccepted.class);

    final IncomingEvents incoming = new IncomingEvents();

    @Test
    void anAppliedTypeIsReadIntoItsEvent() {
        var accepted = FriendRequestAccepted.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());

        var read = incoming.read(
                record(FriendRequestAccepted.TYPE, JSON.writeValueAsString(accepted)),
                FriendshipEvent.TYPES,
                ACCEPTED_ONLY);

        assertThat(read).contains(accepted);
    }

    @Test
    void aKnownTypeTheConsumerDoesNotApplyIsPassedOverWithoutReadingIt() {
        var read =
                incoming.read(record(FriendRequestSent.TYPE, "this is not JSON"), FriendshipEvent.TYPES, ACCEPTED_ONLY);

        assertThat(read).isEmpty();
    }

    @Test
    void withoutANamedSubsetEveryKnownTypeIsRead() {
        var sent = FriendRequestSent.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());

        var read = incoming.read(record(FriendRequestSent.TYPE, JSON.writeValueAsString(sent)), FriendshipEvent.TYPES);

        assertThat(read).contains(sent);
    }

    @Test
    void anUnknownTypeIsSkipped() {
        var read = incoming.read(record("fakebook.friendship.SomethingNew", "{}"), FriendshipEvent.TYPES);

        assertThat(read).isEmpty();
    }

    @Test
    void anAppliedTypeWhosePayloadDoesNotParseFailsSoItIsDeadLettered() {
        var broken = record(FriendRequestAccepted.TYPE, "{\"id\": ");

        assertThatThrownBy(() -> incoming.read(broken, FriendshipEvent.TYPES, ACCEPTED_ONLY))
                .isInstanceOf(JacksonException.class);
    }

    private static ConsumerRecord<String, byte[]> record(String type, String payload) {
        var record =
                new ConsumerRecord<>(FriendshipEvent.TOPIC, 0, 0L, "key", payload.getBytes(StandardCharsets.UTF_8));
        record.headers().add(CloudEventHeaders.TYPE, type.getBytes(StandardCharsets.UTF_8));
        return record;
    }
}
