package com.fakebook.testsupport.kafka;

import com.fakebook.events.DomainEvent;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.json.JsonMapper;

/** Puts records on the local broker as another service would, headers and all, to test a consumer. */
public final class RecordSender implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
            Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                    TopicWatcher.BOOTSTRAP_SERVERS,
                    ProducerConfig.ACKS_CONFIG,
                    "all"),
            new StringSerializer(),
            new ByteArraySerializer());

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * Publishes an event as its producing service's outbox does: on its topic, keyed by its subject, as JSON, with
     * the CloudEvents headers; waits for the broker's acknowledgement.
     */
    public void publish(DomainEvent event, String source) {
        send(
                event.topic(),
                event.subject(),
                JSON.writeValueAsString(event),
                Map.of(
                        "ce_specversion", "1.0",
                        "ce_id", event.id().toString(),
                        "ce_type", event.type(),
                        "ce_source", source,
                        "ce_time", event.occurredAt().toString(),
                        "ce_subject", event.subject()));
    }

    /** Sends and waits for the broker's acknowledgement. */
    public void send(String topic, String key, String value, Map<String, String> headers) {
        var record = new ProducerRecord<>(topic, key, value.getBytes(StandardCharsets.UTF_8));
        headers.forEach((name, header) -> record.headers().add(name, header.getBytes(StandardCharsets.UTF_8)));
        try {
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
