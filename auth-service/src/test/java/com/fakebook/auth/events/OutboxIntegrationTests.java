package com.fakebook.auth.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fakebook.auth.AuthServiceApplication;
import com.fakebook.events.account.AccountEvent;
import com.fakebook.events.account.AccountRegistered;
import com.fakebook.testsupport.LocalApplications;
import com.fakebook.testsupport.LocalSecrets;
import com.fakebook.testsupport.kafka.TopicWatcher;
import com.fakebook.testsupport.keycloak.KeycloakTestUsers;
import com.fakebook.testsupport.net.TcpProxy;
import com.fakebook.testsupport.postgres.FreshDatabases;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Nothing is lost when Kafka is away: the account and its event commit together, the event waits in the outbox,
 * and it is sent once Kafka is back, or once auth-service is started again, even when a resubmission was cut short;
 * once Kafka has it, it leaves the outbox. The application reaches Kafka through
 * a proxy the test cuts (the broker's fault-injection listener), so the rest of the machine keeps its Kafka.
 */
class OutboxIntegrationTests {

    static final Duration PATIENCE = Duration.ofSeconds(90);
    static final String THROUGH_PROXY = "spring.kafka.bootstrap-servers=127.0.0.1:9095";

    static TcpProxy kafka;
    static KeycloakTestUsers keycloak;
    static TopicWatcher accountEvents;

    ConfigurableApplicationContext application;

    @BeforeAll
    static void setUp() {
        kafka = TcpProxy.start(9095, 9094);
        keycloak = KeycloakTestUsers.connect();
        accountEvents = TopicWatcher.watch(AccountEvent.TOPIC);
    }

    @AfterAll
    static void tearDown() {
        kafka.close();
        keycloak.close();
        accountEvents.close();
    }

    @AfterEach
    void stop() {
        kafka.restore();
        if (application != null) {
            application.close();
        }
    }

    @Test
    void aSignUpWhileKafkaIsDownIsKeptAndItsEventSentWhenKafkaReturns() {
        application = LocalApplications.start(
                AuthServiceApplication.class,
                THROUGH_PROXY,
                "fakebook.events.resubmit-every=1s",
                "fakebook.events.resubmit-older-than=1s");
        kafka.cut();

        var id = signUp(application);

        assertThat(statusOf(application, id)).isEqualTo("PENDING_VERIFICATION");
        await().atMost(PATIENCE).until(() -> incompletePublications(application) > 0);
        kafka.restore();
        accountEvents.await(TopicWatcher.ofType(AccountRegistered.TYPE, id.toString()), PATIENCE);
        await().atMost(PATIENCE).until(() -> incompletePublications(application) == 0);
        assertThat(publicationsAbout(application, id))
                .as("a publication Kafka acknowledged is deleted, not kept marked complete")
                .isZero();
    }

    @Test
    void anEventCommittedButNotSentBeforeAStopIsSentAfterTheRestart() {
        try (var database = FreshDatabases.lease(
                "jdbc:postgresql://127.0.0.1:5432/fakebook_auth",
                "fakebook_auth",
                LocalSecrets.get("FAKEBOOK_AUTH_DB_PASSWORD"))) {
            var noResubmission = "fakebook.events.resubmit-every=1h";
            application = LocalApplications.start(AuthServiceApplication.class, THROUGH_PROXY, noResubmission);
            kafka.cut();
            var id = signUp(application);
            await().atMost(PATIENCE).until(() -> incompletePublications(application) > 0);
            application.close();

            kafka.restore();
            application = LocalApplications.start(AuthServiceApplication.class, THROUGH_PROXY, noResubmission);

            accountEvents.await(TopicWatcher.ofType(AccountRegistered.TYPE, id.toString()), PATIENCE);
            assertThat(database.url()).isNotBlank();
        }
    }

    @Test
    void anEventWhoseResubmissionWasCutShortIsSentAgain() {
        var password = LocalSecrets.get("FAKEBOOK_AUTH_DB_PASSWORD");
        try (var database =
                FreshDatabases.lease("jdbc:postgresql://127.0.0.1:5432/fakebook_auth", "fakebook_auth", password)) {
            application = LocalApplications.start(
                    AuthServiceApplication.class, THROUGH_PROXY, "fakebook.events.resubmit-every=1h");
            kafka.cut();
            var id = signUp(application);
            assertThat(publicationsAbout(application, id)).isOne();
            application.close();
            // What a stop in the middle of resubmitting an hour-old publication leaves: claimed (RESUBMITTED), its
            // send never ended. Spring Modulith resubmits only what is not claimed, on restart as on schedule; the
            // defaults' staleness check must give it up (FAILED) for a resubmission to take it again. Changed once
            // the application is closed, so its send, still waiting for Kafka, cannot mark it any more (it may still
            // deliver the record once Kafka is back: only a running application deletes the row); and as soon as it
            // is made, before the test's other applications on this database (cached contexts, resubmitting what is
            // 30 s old) could take it. Without the staleness settings the row stays RESUBMITTED for ever.
            var claimed = JdbcClient.create(new DriverManagerDataSource(database.url(), "fakebook_auth", password))
                    .sql("update event_publication set status = 'RESUBMITTED',"
                            + " publication_date = now() - interval '1 hour' where serialized_event like ?")
                    .param("%" + id + "%")
                    .update();
            assertThat(claimed).isOne();

            kafka.restore();
            application = LocalApplications.start(
                    AuthServiceApplication.class,
                    THROUGH_PROXY,
                    "fakebook.events.resubmit-every=1s",
                    "fakebook.events.resubmit-older-than=1s");

            accountEvents.await(TopicWatcher.ofType(AccountRegistered.TYPE, id.toString()), PATIENCE);
            await().atMost(PATIENCE).until(() -> publicationsAbout(application, id) == 0);
        }
    }

    private static UUID signUp(ConfigurableApplicationContext application) {
        var email = KeycloakTestUsers.newEmail();
        RestTestClient.bindToServer()
                .baseUrl("http://127.0.0.1:" + application.getEnvironment().getProperty("local.server.port"))
                .build()
                .post()
                .uri("/api/auth/registrations")
                .header(
                        "Fakebook-Client-Address",
                        "2001:db8::" + UUID.randomUUID().toString().substring(0, 4))
                .contentType(MediaType.APPLICATION_JSON)
                .body("""
                        {"email": "%s", "password": "A-good-passphrase", "displayName": "Outbox Test"}""".formatted(email))
                .exchange()
                .expectStatus()
                .isAccepted();
        var id = keycloak.idOf(email).orElseThrow();
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(() -> keycloak.forget(email)));
        return id;
    }

    private static String statusOf(ConfigurableApplicationContext application, UUID id) {
        return db(application)
                .sql("select status from accounts where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    private static long incompletePublications(ConfigurableApplicationContext application) {
        return db(application)
                .sql("select count(*) from event_publication where completion_date is null")
                .query(Long.class)
                .single();
    }

    /** Publications of any state whose event names the account. */
    private static long publicationsAbout(ConfigurableApplicationContext application, UUID id) {
        return db(application)
                .sql("select count(*) from event_publication where serialized_event like ?")
                .param("%" + id + "%")
                .query(Long.class)
                .single();
    }

    private static JdbcClient db(ConfigurableApplicationContext application) {
        return application.getBean(JdbcClient.class);
    }
}
