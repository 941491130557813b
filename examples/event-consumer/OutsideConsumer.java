/*
 * A system outside Fakebook reading its events by the published contract (docs/events.md) and nothing else: no
 * Fakebook code, no Spring, only the Kafka client. It prints each event's type, id, key and JSON; it skips a
 * redelivered event (same ce_id), as every consumer must, and keeps the JSON as it is (a real consumer parses it
 * against docs/events/schemas/<type>.json and ignores fields it does not know).
 *
 * Run it with Java 21+ and the Kafka client on the class path, from a checkout (source-file mode, no build):
 *
 *   java -cp 'kafka-clients-4.1.2.jar:slf4j-api-2.0.17.jar' examples/event-consumer/OutsideConsumer.java \
 *       127.0.0.1:9092 fakebook.account.v1 my-system
 *
 * Arguments: bootstrap servers, topic, consumer group (its own, so that it gets every event; offsets are kept
 * there). A new group starts at the topic's end.
 */
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SequencedSet;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

public class OutsideConsumer {

    /** The ids seen lately: enough to drop a redelivery, which comes soon after the first delivery. */
    private static final int REMEMBERED_IDS = 10_000;

    public static void main(String[] args) {
        if (args.length != 3) {
            System.err.println("usage: OutsideConsumer <bootstrap servers> <topic> <consumer group>");
            System.exit(2);
        }
        var settings = Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, args[0],
                ConsumerConfig.GROUP_ID_CONFIG, args[2],
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        SequencedSet<String> seen = new LinkedHashSet<>();
        try (var consumer = new KafkaConsumer<String, String>(settings)) {
            consumer.subscribe(List.of(args[1]), new ConsumerRebalanceListener() {
                @Override
                public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                    System.out.println("listening to " + partitions);
                }

                @Override
                public void onPartitionsRevoked(Collection<TopicPartition> partitions) {}
            });
            while (true) {
                for (var record : consumer.poll(Duration.ofSeconds(1))) {
                    var id = header(record, "ce_id");
                    if (!seen.add(id)) {
                        continue; // delivered again: at least once, so skip what was handled
                    }
                    if (seen.size() > REMEMBERED_IDS) {
                        seen.removeFirst();
                    }
                    System.out.printf(
                            "%s id=%s key=%s %s%n", header(record, "ce_type"), id, record.key(), record.value());
                }
                consumer.commitSync();
            }
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }
}
