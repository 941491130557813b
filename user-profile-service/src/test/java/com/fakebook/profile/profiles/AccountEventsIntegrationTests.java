package com.fakebook.profile.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fakebook.events.account.AccountDeleted;
import com.fakebook.events.account.AccountEvent;
import com.fakebook.events.account.AccountRegistered;
import com.fakebook.events.account.AccountVerified;
import com.fakebook.testsupport.LocalServers;
import com.fakebook.testsupport.kafka.RecordSender;
import com.fakebook.testsupport.kafka.TopicWatcher;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Profiles follow the account events on Kafka, each applied once, whatever arrives twice or malformed. */
@SpringBootTest
@LocalServers
class AccountEventsIntegrationTests {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    static RecordSender kafka;

    @Autowired
    JdbcClient db;

    @BeforeAll
    static void connect() {
        kafka = new RecordSender();
    }

    @AfterAll
    static void disconnect() {
        kafka.close();
    }

    @Test
    void aSignUpMakesAProfileWithTheNameGiven() {
        var account = UUID.randomUUID();

        publish(AccountRegistered.of(account, "Ana Lima"));

        await().atMost(PATIENCE).until(() -> displayNameOf(account).isPresent());
        assertThat(displayNameOf(account)).hasValue("Ana Lima");
    }

    @Test
    void theSameEventDeliveredTwiceMakesOneProfileAndIsRecordedOnce() {
        var account = UUID.randomUUID();
        var registered = AccountRegistered.of(account, "Bruno Costa");
        var marker = AccountVerified.of(account);

        publish(registered);
        publish(registered);
        publish(marker);

        await().atMost(PATIENCE).until(() -> processed(marker.id()));
        assertThat(db.sql("select count(*) from profiles where id = ?")
                        .param(account)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(db.sql("select count(*) from processed_events where event_id = ?")
                        .param(registered.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aDeletedAccountsProfileIsErased() {
        var account = UUID.randomUUID();
        publish(AccountRegistered.of(account, "Carla Dias"));
        await().atMost(PATIENCE).until(() -> displayNameOf(account).isPresent());

        publish(AccountDeleted.of(account));

        await().atMost(PATIENCE).until(() -> displayNameOf(account).isEmpty());
    }

    @Test
    void anEventOfATypeThisServiceDoesNotKnowIsSkippedAndTheNextOneApplied() {
        var account = UUID.randomUUID();
        kafka.send(
                AccountEvent.TOPIC,
                account.toString(),
                "{\"id\":\"" + UUID.randomUUID() + "\",\"accountId\":\"" + account + "\"}",
                Map.of(
                        "ce_type",
                        "fakebook.account.AccountRenamedInTheFuture",
                        "ce_id",
                        UUID.randomUUID().toString()));

        publish(AccountRegistered.of(account, "Dora Reis"));

        await().atMost(PATIENCE).until(() -> displayNameOf(account).isPresent());
    }

    @Test
    void aMalformedEventGoesToTheDeadLetterTopicAndTheNextOneIsApplied() {
        var account = UUID.randomUUID();
        try (var deadLetters = TopicWatcher.watch(AccountEvent.TOPIC + "-dlt")) {
            kafka.send(
                    AccountEvent.TOPIC,
                    account.toString(),
                    "{\"id\": not json",
                    Map.of(
                            "ce_type",
                            AccountRegistered.TYPE,
                            "ce_id",
                            UUID.randomUUID().toString()));
            publish(AccountRegistered.of(account, "Eva Nunes"));

            var dead = deadLetters.await(record -> account.toString().equals(record.key()), PATIENCE);
            assertThat(TopicWatcher.header(dead, "ce_type")).isEqualTo(AccountRegistered.TYPE);
            await().atMost(PATIENCE).until(() -> displayNameOf(account).isPresent());
        }
    }

    private void publish(AccountEvent event) {
        kafka.send(
                AccountEvent.TOPIC,
                event.subject(),
                json(event),
                Map.of("ce_type", event.type(), "ce_id", event.id().toString(), "ce_source", "auth-service"));
    }

    private static String json(AccountEvent event) {
        return switch (event) {
            case AccountRegistered registered ->
                """
                    {"id":"%s","occurredAt":"%s","accountId":"%s","displayName":"%s"}""".formatted(
                        registered.id(), registered.occurredAt(), registered.accountId(), registered.displayName());
            case AccountVerified verified -> """
                    {"id":"%s","occurredAt":"%s","accountId":"%s"}""".formatted(verified.id(), verified.occurredAt(), verified.accountId());
            case AccountDeleted deleted -> """
                    {"id":"%s","occurredAt":"%s","accountId":"%s"}""".formatted(deleted.id(), Instant.now(), deleted.accountId());
        };
    }

    private Optional<String> displayNameOf(UUID account) {
        return db.sql("select display_name from profiles where id = ?")
                .param(account)
                .query(String.class)
                .optional();
    }

    private boolean processed(UUID eventId) {
        return db.sql("select count(*) from processed_events where event_id = ?")
                        .param(eventId)
                        .query(Long.class)
                        .single()
                == 1;
    }
}
