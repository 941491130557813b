package com.fakebook.auth.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.fakebook.events.account.AccountEvent;
import com.fakebook.events.account.AccountRegistered;
import com.fakebook.events.account.AccountVerified;
import com.fakebook.testsupport.LocalServers;
import com.fakebook.testsupport.kafka.TopicWatcher;
import com.fakebook.testsupport.keycloak.AccessTokens;
import com.fakebook.testsupport.keycloak.KeycloakTestUsers;
import com.fakebook.testsupport.keycloak.TestUser;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@LocalServers
class CurrentAccountIntegrationTests {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    static KeycloakTestUsers users;
    static TestUser ana;
    static TestUser bruno;
    static String anasToken;
    static String brunosToken;

    @Value("${local.server.port}")
    int port;

    RestTestClient client;

    @BeforeAll
    static void twoPeopleLogIn() {
        users = KeycloakTestUsers.connect();
        ana = users.create();
        bruno = users.create();
        anasToken = AccessTokens.forUser(ana);
        brunosToken = AccessTokens.forUser(bruno);
    }

    @AfterAll
    static void removeThem() {
        users.close();
    }

    @BeforeEach
    void connect() {
        client = RestTestClient.bindToServer()
                .baseUrl("http://127.0.0.1:" + port)
                .build();
    }

    @Test
    void theCallerGetsTheirIdAndEmailFromTheToken() {
        client.get()
                .uri("/api/auth/me")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + anasToken)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.id")
                .isEqualTo(ana.id().toString())
                .jsonPath("$.email")
                .isEqualTo(ana.email())
                .jsonPath("$.status")
                .isEqualTo("ACTIVE");
    }

    @Test
    void aVerifiedKeycloakUserMetForTheFirstTimeGetsAnAccountAndItsEvents() {
        var carla = users.create();
        try (var accountEvents = TopicWatcher.watch(AccountEvent.TOPIC)) {
            client.get()
                    .uri("/api/auth/me")
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + AccessTokens.forUser(carla))
                    .exchange()
                    .expectStatus()
                    .isOk();

            accountEvents.await(
                    TopicWatcher.ofType(AccountRegistered.TYPE, carla.id().toString()), PATIENCE);
            accountEvents.await(
                    TopicWatcher.ofType(AccountVerified.TYPE, carla.id().toString()), PATIENCE);
        }
    }

    @Test
    void anotherCallerGetsOnlyThemselves() {
        var body = client.get()
                .uri("/api/auth/me")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + brunosToken)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();

        assertThat(body).contains(bruno.id().toString()).doesNotContain(ana.id().toString(), ana.email());
    }

    @Test
    void anAnonymousCallerGetsA401Problem() {
        client.get()
                .uri("/api/auth/me")
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo(401);
    }

    @Test
    void aWrongMethodGetsA405Problem() {
        client.post()
                .uri("/api/auth/me")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + anasToken)
                .contentType(MediaType.APPLICATION_JSON)
                .body("{}")
                .exchange()
                .expectStatus()
                .isEqualTo(405)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }
}
