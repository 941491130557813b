package com.fakebook.notification.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fakebook.events.DomainEvent;
import com.fakebook.events.friendship.FriendRequestSent;
import com.fakebook.events.messaging.MessageSent;
import com.fakebook.notification.NotificationServiceApplication;
import com.fakebook.testsupport.LocalApplications;
import com.fakebook.testsupport.LocalSecrets;
import com.fakebook.testsupport.kafka.RecordSender;
import com.fakebook.testsupport.postgres.FreshDatabases;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Nothing is missed while notification-service is down: its consumer group's committed offsets say where it
 * stopped, and after a start it reads on from there. Run by a Failsafe execution of its own (see the pom), so that
 * no other application in the JVM consumes for it while it is stopped.
 */
class RestartIntegrationTests {

    static final Duration PATIENCE = Duration.ofSeconds(60);

    @Test
    void everythingPublishedWhileTheServiceWasDownIsThereAfterItStarts() {
        var recipient = UUID.randomUUID();
        try (var database = FreshDatabases.lease(
                        "jdbc:postgresql://127.0.0.1:5432/fakebook_notification",
                        "fakebook_notification",
                        LocalSecrets.get("FAKEBOOK_NOTIFICATION_DB_PASSWORD"));
                var kafka = new RecordSender()) {
            var application = LocalApplications.start(NotificationServiceApplication.class);
            var before = FriendRequestSent.of(UUID.randomUUID(), UUID.randomUUID(), recipient);
            kafka.publish(before, "friend-service");
            await().atMost(PATIENCE).until(() -> notificationsOf(application, recipient) == 1);
            application.close();

            var whileDown = new ArrayList<DomainEvent>();
            for (var i = 0; i < 12; i++) {
                whileDown.add(FriendRequestSent.of(UUID.randomUUID(), UUID.randomUUID(), recipient));
                whileDown.add(MessageSent.of(
                        UUID.randomUUID(), UUID.randomUUID(), 1, UUID.randomUUID(), List.of(recipient), "hi", null));
            }
            whileDown.forEach(event ->
                    kafka.publish(event, event instanceof MessageSent ? "messaging-service" : "friend-service"));

            try (var restarted = LocalApplications.start(NotificationServiceApplication.class)) {
                await().atMost(PATIENCE).until(() -> notificationsOf(restarted, recipient) == 1 + whileDown.size());
                assertThat(restarted
                                .getBean(JdbcClient.class)
                                .sql("select count(*) from processed_events")
                                .query(Long.class)
                                .single())
                        .isGreaterThanOrEqualTo(1 + whileDown.size());
            }
            assertThat(database.url()).isNotBlank();
        }
    }

    private static long notificationsOf(ConfigurableApplicationContext application, UUID recipient) {
        return application
                .getBean(JdbcClient.class)
                .sql("select count(*) from notifications where recipient_id = ?")
                .param(recipient)
                .query(Long.class)
                .single();
    }
}
