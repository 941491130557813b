package com.fakebook.auth.events;

import static org.awaitility.Awaitility.await;

import com.fakebook.auth.AuthServiceApplication;
import com.fakebook.testsupport.LocalApplications;
import com.fakebook.testsupport.keycloak.KeycloakTestUsers;
import com.fakebook.testsupport.net.TcpProxy;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The dashboards' outbox backlog ({@code fakebook.outbox.publications.incomplete}, from service-defaults, alike in
 * every publishing service) climbs while Kafka is away and falls back to zero once the events are sent. The
 * application reaches Kafka through a proxy the test cuts, as in {@link OutboxIntegrationTests}.
 */
class OutboxBacklogMeterIntegrationTests {

    static final Duration PATIENCE = Duration.ofSeconds(90);

    static TcpProxy kafka;
    static KeycloakTestUsers keycloak;

    ConfigurableApplicationContext application;

    @BeforeAll
    static void setUp() {
        kafka = TcpProxy.start(9095, 9094);
        keycloak = KeycloakTestUsers.connect();
    }

    @AfterAll
    static void tearDown() {
        kafka.close();
        keycloak.close();
    }

    @AfterEach
    void stop() {
        kafka.restore();
        if (application != null) {
            application.close();
        }
    }

    @Test
    void countsTheEventsWaitingForKafka() {
        application = LocalApplications.start(
                AuthServiceApplication.class,
                "spring.kafka.bootstrap-servers=127.0.0.1:9095",
                "fakebook.events.resubmit-every=1s",
                "fakebook.events.resubmit-older-than=1s");
        await().atMost(PATIENCE).until(() -> backlog() == 0);
        kafka.cut();

        signUp();
        signUp();

        await().atMost(PATIENCE).until(() -> backlog() == 2);
        kafka.restore();
        await().atMost(PATIENCE).until(() -> backlog() == 0);
    }

    private double backlog() {
        return application
                .getBean(MeterRegistry.class)
                .get("fakebook.outbox.publications.incomplete")
                .gauge()
                .value();
    }

    private void signUp() {
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
                        {"email": "%s", "password": "A-good-passphrase", "displayName": "Backlog Test"}""".formatted(email))
                .exchange()
                .expectStatus()
                .isAccepted();
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(() -> keycloak.forget(email)));
    }
}
