package com.fakebook.e2e;

import static com.fakebook.e2e.People.PATIENCE;
import static com.fakebook.e2e.People.arrive;
import static org.awaitility.Awaitility.await;

import com.fakebook.testsupport.keycloak.KeycloakTestUsers;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The outside consumer of examples/event-consumer, run as its header says (a separate JVM, the source file, the
 * Kafka client on its class path), reads the event a person's first visit causes from the running system.
 */
class OutsideConsumerIntegrationTests {

    static final Path EXAMPLE = Path.of("../examples/event-consumer/OutsideConsumer.java");

    private final List<String> printed = new CopyOnWriteArrayList<>();
    private Process consumer;

    @AfterEach
    void stopTheConsumer() {
        if (consumer != null) {
            consumer.destroy();
        }
    }

    @Test
    void readsAnAccountEventByTheDocumentedContract() throws IOException {
        consumer = new ProcessBuilder(
                        ProcessHandle.current().info().command().orElse("java"),
                        "-cp",
                        System.getProperty("java.class.path"),
                        EXAMPLE.toString(),
                        "127.0.0.1:9092",
                        "fakebook.account.v1",
                        "outside-example-" + UUID.randomUUID())
                .redirectErrorStream(true)
                .start();
        Thread.ofVirtual().start(this::collectWhatItPrints);
        await().atMost(PATIENCE).until(() -> printed.stream().anyMatch(line -> line.startsWith("listening to")));

        try (var users = KeycloakTestUsers.connect()) {
            var user = users.create();
            arrive(user);

            await().atMost(PATIENCE)
                    .until(() -> printed.stream()
                            .anyMatch(line -> line.startsWith("fakebook.account.AccountRegistered id=")
                                    && line.contains("key=" + user.id())
                                    && line.contains("\"accountId\":\"" + user.id() + "\"")));
        }
    }

    private void collectWhatItPrints() {
        try (var lines = new BufferedReader(new InputStreamReader(consumer.getInputStream(), StandardCharsets.UTF_8))) {
            lines.lines().forEach(printed::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
