package com.fakebook.notification;

import static org.awaitility.Awaitility.await;

import com.fakebook.events.DomainEvent;
import com.fakebook.events.account.AccountEvent;
import com.fakebook.events.account.AccountRegistered;
import com.fakebook.events.friendship.FriendshipEvent;
import com.fakebook.events.messaging.MessagingEvent;
import com.fakebook.testsupport.LocalServers;
import com.fakebook.testsupport.kafka.RecordSender;
import com.fakebook.testsupport.keycloak.TestUser;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application on a random port against the real PostgreSQL (a fresh database), Kafka, Redis and Keycloak. Ana,
 * Bruno and Carla log in for real and are known by name (without avatars); each test starts with their feeds, streams,
 * preferences, friends and blocks empty. Events reach the application as the other services' outboxes send them ({@link RecordSender}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@LocalServers
public abstract class NotificationServiceIntegrationTest {

    protected static final Duration PATIENCE = Duration.ofSeconds(30);

    protected static final TestUser ana = Logins.user("Ana");
    protected static final TestUser bruno = Logins.user("Bruno");
    protected static final TestUser carla = Logins.user("Carla");

    /**
     * This run's own stream channel. Redis is shared with whatever else runs on the machine: with deploy/local up,
     * its notification-service also consumes the events a test publishes, and its copy of a notification (made in
     * its own database, without the test's names) reached the test's streams through the shared channel first.
     */
    protected static final String STREAM_CHANNEL = "fakebook:notification:stream:test-" + UUID.randomUUID();

    private static final RecordSender KAFKA = new RecordSender();

    @DynamicPropertySource
    static void streamChannel(DynamicPropertyRegistry properties) {
        properties.add("fakebook.stream.channel", () -> STREAM_CHANNEL);
    }

    @Value("${local.server.port}")
    protected int port;

    @Autowired
    protected JdbcClient db;

    protected Api api;

    @BeforeEach
    void emptyFeeds() {
        api = Api.onPort(port);
        var everyone = List.of(ana.id(), bruno.id(), carla.id());
        for (var person : everyone) {
            for (var delete : List.of(
                    "delete from notifications where recipient_id = :id or actor_id = :id",
                    "delete from unread_messages where recipient_id = :id",
                    "delete from notification_preferences where user_id = :id",
                    "delete from stream_events where user_id = :id",
                    "delete from streams where user_id = :id",
                    "delete from blocks where blocker_id = :id or blocked_id = :id",
                    "delete from friends where user_id = :id or friend_id = :id")) {
                db.sql(delete).param("id", person).update();
            }
        }
        name(ana.id(), "Ana Lima");
        name(bruno.id(), "Bruno Reis");
        name(carla.id(), "Carla Dias");
    }

    /** Puts the event on its topic as its producer would. */
    protected static void publish(DomainEvent event) {
        KAFKA.publish(event, sourceOf(event));
    }

    /** Publishes the events in order and waits until the application has applied every one of them. */
    protected void publishAndAwait(DomainEvent... events) {
        for (var event : events) {
            publish(event);
        }
        for (var event : events) {
            awaitApplied(event);
        }
    }

    protected void awaitApplied(DomainEvent event) {
        await().atMost(PATIENCE)
                .until(() -> db.sql("select count(*) from processed_events where event_id = ?")
                                .param(event.id())
                                .query(Long.class)
                                .single()
                        == 1);
    }

    /** Makes the person known by this name and without an avatar, as a sign-up event would. */
    protected void name(UUID person, String displayName) {
        db.sql("""
                        insert into people (id, display_name) values (?, ?)
                        on conflict (id) do update set display_name = excluded.display_name, avatar_url = null""").params(person, displayName).update();
    }

    /** Stores a friend request notification for the recipient from the actor, at that time; returns its id. */
    protected UUID storedNotification(TestUser recipient, TestUser actor, Instant at) {
        var id = UUID.randomUUID();
        db.sql("""
                        insert into notifications (id, recipient_id, type, actor_id, subject_id, created_at, updated_at)
                        values (?, ?, 'FRIEND_REQUEST_RECEIVED', ?, ?, ?, ?)""")
                .params(id, recipient.id(), actor.id(), UUID.randomUUID(), Timestamp.from(at), Timestamp.from(at))
                .update();
        return id;
    }

    /** A person known only by events (no login), e.g. someone who writes to Ana. */
    protected UUID stranger(String displayName) {
        var id = UUID.randomUUID();
        publishAndAwait(AccountRegistered.of(id, displayName));
        return id;
    }

    private static String sourceOf(DomainEvent event) {
        return switch (event) {
            case AccountEvent account -> "auth-service";
            case FriendshipEvent friendship -> "friend-service";
            case MessagingEvent messaging -> "messaging-service";
            default -> "user-profile-service";
        };
    }
}
