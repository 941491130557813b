import com.fakebook.events.CloudEventHeaders;
import com.fakebook.events.messaging.MessageSent;
import com.fakebook.events.messaging.MessagingEvent;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.json.JsonMapper;

/**
 * notification-service's capacity for chat messages, alone: {@code bench.events} MessageSent events for made-up
 * conversations (each of {@code bench.members} people: a sender and the rest told) are put on the messaging topic at
 * once, and the time until notification-service's consumer group has committed past all of them is measured, with
 * the CPU time notification-service and its PostgreSQL backends spent meanwhile (from /proc). Prints a {@code BENCH drain} line;
 * everything it made is deleted afterwards (run by bench/notifications-drain).
 */
class DrainBench {

    public static void main(String[] args) throws Exception {
        var events = Integer.getInteger("bench.events", 5000);
        var members = Integer.getInteger("bench.members", 2);
        var conversations = Integer.getInteger("bench.conversations", 200);
        var bootstrap = System.getProperty("bench.kafka", "127.0.0.1:9092");
        var group = System.getProperty("bench.group", "notification-service");
        var servicePid = Long.getLong("bench.servicePid");
        var jdbc = System.getProperty("bench.jdbc");
        var label = System.getProperty("bench.label", "drain");

        var people = new ArrayList<List<UUID>>();
        for (var i = 0; i < conversations; i++) {
            var conversation = new ArrayList<UUID>();
            for (var m = 0; m < members; m++) {
                conversation.add(UUID.randomUUID());
            }
            people.add(conversation);
        }
        var conversationIds =
                people.stream().map(p -> UUID.randomUUID()).toList();
        var json = JsonMapper.builder().build();
        var eventIds = new ArrayList<UUID>();

        try (var admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            var partitions = admin.describeTopics(List.of(MessagingEvent.TOPIC))
                    .allTopicNames()
                    .get()
                    .get(MessagingEvent.TOPIC)
                    .partitions()
                    .stream()
                    .map(p -> new TopicPartition(MessagingEvent.TOPIC, p.partition()))
                    .toList();
            awaitDrained(admin, group, partitions, Duration.ofMinutes(2));

            var serviceBefore = cpuMillis(servicePid);
            var postgresBefore = backendCpuMillis(jdbc);
            var started = System.nanoTime();
            try (var producer = new KafkaProducer<String, byte[]>(producerProperties(bootstrap))) {
                for (var i = 0; i < events; i++) {
                    var c = i % conversations;
                    var conversation = people.get(c);
                    var sender = conversation.get(i / conversations % members);
                    var recipients = conversation.stream().filter(p -> !p.equals(sender)).toList();
                    var event = new MessageSent(
                            UUID.randomUUID(),
                            Instant.now(),
                            conversationIds.get(c),
                            UUID.randomUUID(),
                            i / conversations + 1,
                            sender,
                            recipients,
                            "message " + i,
                            members > 2 ? "group " + c : null);
                    eventIds.add(event.id());
                    var record = new ProducerRecord<String, byte[]>(
                            MessagingEvent.TOPIC, conversationIds.get(c).toString(), json.writeValueAsBytes(event));
                    record.headers().add(CloudEventHeaders.TYPE, MessageSent.TYPE.getBytes(StandardCharsets.UTF_8));
                    record.headers().add(CloudEventHeaders.ID, event.id().toString().getBytes(StandardCharsets.UTF_8));
                    producer.send(record);
                }
                producer.flush();
            }
            var produced = System.nanoTime();
            awaitDrained(admin, group, partitions, Duration.ofMinutes(10));
            var drained = System.nanoTime();
            var serviceMillis = cpuMillis(servicePid) - serviceBefore;
            var postgresAfter = backendCpuMillis(jdbc);
            var postgresMillis = postgresAfter.entrySet().stream()
                    .mapToLong(backend -> backend.getValue() - postgresBefore.getOrDefault(backend.getKey(), 0L))
                    .sum();
            var seconds = (drained - started) / 1e9;
            var told = (long) events * (members - 1);
            System.out.printf(
                    "BENCH %s events=%d members=%d told=%d produced_s=%.2f drained_s=%.2f events_per_s=%.0f"
                            + " service_cpu_ms_per_event=%.2f postgres_cpu_ms_per_event=%.2f%n",
                    label,
                    events,
                    members,
                    told,
                    (produced - started) / 1e9,
                    seconds,
                    events / seconds,
                    (double) serviceMillis / events,
                    (double) postgresMillis / events);
        } finally {
            erase(jdbc, people, eventIds);
        }
    }

    private static Properties producerProperties(String bootstrap) {
        var properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        properties.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        properties.put(ProducerConfig.ACKS_CONFIG, "1");
        return properties;
    }

    /** Waits until the group's committed offsets reach the end of every partition (checked every 50 ms). */
    private static void awaitDrained(Admin admin, String group, List<TopicPartition> partitions, Duration limit)
            throws Exception {
        var deadline = System.nanoTime() + limit.toNanos();
        var ends = admin.listOffsets(partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest())))
                .all()
                .get();
        while (true) {
            Map<TopicPartition, OffsetAndMetadata> committed =
                    admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
            var behind = partitions.stream()
                    .mapToLong(p -> ends.get(p).offset()
                            - (committed.get(p) == null ? 0 : committed.get(p).offset()))
                    .sum();
            if (behind <= 0) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(group + " is still " + behind + " records behind after " + limit);
            }
            Thread.sleep(50);
        }
    }

    private static long cpuMillis(long pid) {
        return ProcessHandle.of(pid)
                .flatMap(p -> p.info().totalCpuDuration())
                .map(Duration::toMillis)
                .orElseThrow(() -> new IllegalStateException("process " + pid + " is gone: was the service restarted?"));
    }

    /**
     * The CPU time of each PostgreSQL backend connected to notification-service's database, by process id: the
     * service's pool, not the rest of the machine's PostgreSQL work (a backend that ends meanwhile takes its share
     * along; one that starts counts whole).
     */
    private static Map<Long, Long> backendCpuMillis(String jdbc) throws Exception {
        var pids = new ArrayList<Long>();
        try (var connection = DriverManager.getConnection(
                        jdbc, "fakebook_notification", System.getenv("FAKEBOOK_NOTIFICATION_DB_PASSWORD"));
                var statement = connection.prepareStatement(
                        "select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()");
                var rows = statement.executeQuery()) {
            while (rows.next()) {
                pids.add(rows.getLong(1));
            }
        }
        var cpu = new HashMap<Long, Long>();
        pids.forEach(pid -> ProcessHandle.of(pid)
                .flatMap(process -> process.info().totalCpuDuration())
                .ifPresent(duration -> cpu.put(pid, duration.toMillis())));
        return cpu;
    }

    /** Deletes what the made-up people were told, their streams, and the events' processed marks. */
    private static void erase(String jdbc, List<List<UUID>> people, List<UUID> eventIds) throws Exception {
        var ids = people.stream().flatMap(List::stream).toArray(UUID[]::new);
        try (var connection = DriverManager.getConnection(
                jdbc, "fakebook_notification", System.getenv("FAKEBOOK_NOTIFICATION_DB_PASSWORD"))) {
            var array = connection.createArrayOf("uuid", ids);
            try (var statement = connection.prepareStatement("delete from processed_events where event_id = any(?)")) {
                statement.setArray(1, connection.createArrayOf("uuid", eventIds.toArray()));
                statement.executeUpdate();
            }
            for (var sql : List.of(
                    "delete from notifications where recipient_id = any(?)",
                    "delete from unread_messages where recipient_id = any(?)",
                    "delete from stream_events where user_id = any(?)",
                    "delete from streams where user_id = any(?)")) {
                try (var statement = connection.prepareStatement(sql)) {
                    statement.setArray(1, array);
                    statement.executeUpdate();
                }
            }
        }
    }
}
