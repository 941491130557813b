package com.fakebook.servicedefaults.events;

import com.fakebook.events.CloudEventHeaders;
import com.fakebook.events.DomainEvent;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a Kafka record into the event its {@code ce_type} header names. A type the consumer does not know (a newer
 * producer's) is logged and skipped; a payload that does not parse fails, so the error handler dead-letters it. A
 * consumer that applies only some of a topic's types names them, and the others are passed over unread: no parse,
 * no transaction, no row (friend requests, for instance, are most of {@code fakebook.friendship.v1} and change
 * nothing in user-profile- or messaging-service).
 */
public class IncomingEvents {

    private static final Logger log = LoggerFactory.getLogger(IncomingEvents.class);

    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public <T extends DomainEvent> Optional<T> read(
            ConsumerRecord<?, byte[]> record, Map<String, Class<? extends T>> types) {
        return read(record, types, Set.copyOf(types.values()));
    }

    /** The event, if its type is one of {@code applied}; a known type not among them is passed over without a log. */
    public <T extends DomainEvent> Optional<T> read(
            ConsumerRecord<?, byte[]> record,
            Map<String, Class<? extends T>> types,
            Set<? extends Class<? extends T>> applied) {
        var type = header(record, CloudEventHeaders.TYPE);
        var target = type == null ? null : types.get(type);
        if (target == null) {
            log.info(
                    "Skipping an event of unknown type {} at {}-{}@{}",
                    type,
                    record.topic(),
                    record.partition(),
                    record.offset());
            return Optional.empty();
        }
        if (!applied.contains(target)) {
            return Optional.empty();
        }
        return Optional.of(json.readValue(record.value(), target));
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
