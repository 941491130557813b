package com.fakebook.auth.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.fakebook.testsupport.LocalServers;
import com.fakebook.testsupport.keycloak.AccessTokens;
import com.fakebook.testsupport.keycloak.KeycloakTestUsers;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A person's sessions against the real Keycloak: each login is a Keycloak session; auth-service lists them with the
 * browser it saw use each, ends one or all of them, and never shows or ends anyone else's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@LocalServers
class SessionsIntegrationTests {

    static final String FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0";
    static final String PHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) Mobile/15E148";
    static final JsonMapper JSON = JsonMapper.builder().build();

    static KeycloakTestUsers users;

    @Value("${local.server.port}")
    int port;

    RestTestClient client;

    @BeforeAll
    static void connect() {
        users = KeycloakTestUsers.connect();
    }

    @AfterAll
    static void removeUsers() {
        users.close();
    }

    @BeforeEach
    void client() {
        client = RestTestClient.bindToServer()
                .baseUrl("http://127.0.0.1:" + port)
                .build();
    }

    @Test
    void aPersonSeesEachLoginWithTheBrowserThatUsedItAndWhichOneIsAsking() {
        var ana = users.create();
        var onTheLaptop = AccessTokens.forUser(ana);
        var onThePhone = AccessTokens.forUser(ana);
        useFrom(onTheLaptop, FIREFOX);
        useFrom(onThePhone, PHONE);

        var sessions = sessions(onTheLaptop, FIREFOX);

        assertThat(sessions).hasSize(2);
        assertThat(sessions)
                .extracting(session -> session.path("id").asString())
                .containsExactlyInAnyOrder(sessionOf(onTheLaptop), sessionOf(onThePhone));
        assertThat(sessions)
                .filteredOn(session -> session.path("current").asBoolean())
                .singleElement()
                .satisfies(current -> {
                    assertThat(current.path("id").asString()).isEqualTo(sessionOf(onTheLaptop));
                    assertThat(current.path("userAgent").asString()).isEqualTo(FIREFOX);
                    assertThat(current.path("ipAddress").asString()).isNotBlank();
                    assertThat(current.path("startedAt").asString()).isNotBlank();
                    assertThat(current.path("lastSeenAt").asString()).isNotBlank();
                });
        assertThat(sessions)
                .extracting(session -> session.path("userAgent").asString())
                .contains(PHONE);
    }

    @Test
    void endingOneSessionLeavesTheOthers() {
        var ana = users.create();
        var kept = AccessTokens.forUser(ana);
        var ended = AccessTokens.forUser(ana);

        client.delete()
                .uri("/api/auth/sessions/{id}", sessionOf(ended))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + kept)
                .exchange()
                .expectStatus()
                .isNoContent();

        assertThat(sessions(kept))
                .extracting(session -> session.path("id").asString())
                .containsExactly(sessionOf(kept));
    }

    @Test
    void nobodyCanEndAnotherPersonsSessionAndTheyDoNotLearnItExists() {
        var ana = users.create();
        var bruno = users.create();
        var anas = AccessTokens.forUser(ana);
        var brunos = AccessTokens.forUser(bruno);

        client.delete()
                .uri("/api/auth/sessions/{id}", sessionOf(anas))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + brunos)
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:problem-type:fakebook:session-not-found");

        assertThat(sessions(anas))
                .extracting(session -> session.path("id").asString())
                .containsExactly(sessionOf(anas));
    }

    @Test
    void aPersonSeesOnlyTheirOwnSessions() {
        var ana = users.create();
        var bruno = users.create();
        var anas = AccessTokens.forUser(ana);
        var brunos = AccessTokens.forUser(bruno);

        assertThat(sessions(brunos))
                .extracting(session -> session.path("id").asString())
                .containsExactly(sessionOf(brunos))
                .doesNotContain(sessionOf(anas));
    }

    @Test
    void anUnknownSessionIsNotFound() {
        var ana = users.create();

        client.delete()
                .uri("/api/auth/sessions/{id}", "no-such-session")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + AccessTokens.forUser(ana))
                .exchange()
                .expectStatus()
                .isNotFound();
    }

    @Test
    void loggingOutEverywhereEndsEverySession() {
        var ana = users.create();
        var first = AccessTokens.forUser(ana);
        AccessTokens.forUser(ana);

        client.delete()
                .uri("/api/auth/sessions")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + first)
                .exchange()
                .expectStatus()
                .isNoContent();

        // The access token itself is still valid for its few minutes; Keycloak knows no session any more.
        assertThat(sessions(first)).isEmpty();
    }

    @Test
    void anAnonymousCallerGetsA401Problem() {
        client.get()
                .uri("/api/auth/sessions")
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        client.delete().uri("/api/auth/sessions").exchange().expectStatus().isUnauthorized();
        client.delete()
                .uri("/api/auth/sessions/{id}", "any")
                .exchange()
                .expectStatus()
                .isUnauthorized();
    }

    @Test // #9: each listing kept a database connection, and after ten the service answered nothing
    void listingSessionsGivesTheDatabaseConnectionBack() {
        var ana = users.create();
        var token = AccessTokens.forUser(ana);
        useFrom(token, FIREFOX);

        for (var listing = 0; listing < 15; listing++) {
            assertThat(sessions(token, FIREFOX)).as("listing %d", listing).hasSize(1);
        }
    }

    private void useFrom(String token, String userAgent) {
        client.get()
                .uri("/api/auth/me")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .header(HttpHeaders.USER_AGENT, userAgent)
                .exchange()
                .expectStatus()
                .isOk();
    }

    private List<JsonNode> sessions(String token) {
        return sessions(token, "Java-http-client");
    }

    private List<JsonNode> sessions(String token, String userAgent) {
        var body = client.get()
                .uri("/api/auth/sessions")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .header(HttpHeaders.USER_AGENT, userAgent)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        var sessions = JSON.readTree(body);
        return sessions.valueStream().toList();
    }

    /** The Keycloak session a token was issued in: its {@code sid} claim. */
    static String sessionOf(String accessToken) {
        var payload = accessToken.split("\\.")[1];
        var claims = JSON.readTree(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
        return claims.path("sid").asString();
    }
}
