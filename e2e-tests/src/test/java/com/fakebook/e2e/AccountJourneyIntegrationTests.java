package com.fakebook.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fakebook.testsupport.keycloak.AccessTokens;
import com.fakebook.testsupport.keycloak.BrowserSession;
import com.fakebook.testsupport.keycloak.EmailVerification;
import com.fakebook.testsupport.keycloak.KeycloakTestUsers;
import com.fakebook.testsupport.keycloak.LocalKeycloak;
import com.fakebook.testsupport.keycloak.TestUser;
import com.fakebook.testsupport.mail.Mailbox;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * A new person's whole account life through the gateway, against the system deploy/local/up started: sign up,
 * find the mail, follow its link, log in, find their profile, delete the account, and see the profile gone.
 */
class AccountJourneyIntegrationTests {

    static final URI GATEWAY = URI.create(LocalKeycloak.publicUrl());
    static final Duration PATIENCE = Duration.ofSeconds(60);
    static final JsonMapper JSON = JsonMapper.builder().build();

    static KeycloakTestUsers keycloak;

    @BeforeAll
    static void connect() {
        keycloak = KeycloakTestUsers.connect();
    }

    @AfterAll
    static void disconnect() {
        keycloak.close();
    }

    @Test
    void aPersonSignsUpVerifiesLogsInAndDeletesTheirAccount() {
        var email = KeycloakTestUsers.newEmail();
        var password = "My-first-passphrase";
        var browser = new BrowserSession();
        browser.get(GATEWAY.resolve("/"));

        var signUp = post(browser, "/api/auth/registrations", """
                {"email": "%s", "password": "%s", "displayName": "Zoe Martins"}""".formatted(email, password));
        assertThat(signUp.statusCode()).isEqualTo(202);

        var notYet = AccessTokens.attemptLogin(email, password);
        assertThat(AccessTokens.isLoggedIn(notYet))
                .as("no login before verifying")
                .isFalse();

        EmailVerification.complete(
                Mailbox.of(email).await("Verify email", PATIENCE).link());

        var person = new TestUser(keycloak.idOf(email).orElseThrow(), email, password);
        var loggedIn = LoginThroughTheGatewayIntegrationTests.loggedIn(person);
        var me = JSON.readTree(loggedIn.get(GATEWAY.resolve("/api/auth/me")).body());
        assertThat(me.path("email").asString()).isEqualTo(email);
        assertThat(me.path("status").asString()).isEqualTo("ACTIVE");
        await().atMost(PATIENCE)
                .until(() -> loggedIn.get(GATEWAY.resolve("/api/profiles/me")).statusCode() == 200);
        assertThat(JSON.readTree(loggedIn.get(GATEWAY.resolve("/api/profiles/me"))
                                .body())
                        .path("displayName")
                        .asString())
                .isEqualTo("Zoe Martins");

        var deletion = send(
                loggedIn,
                HttpRequest.newBuilder(GATEWAY.resolve("/api/auth/me")).DELETE());
        assertThat(deletion.statusCode()).isEqualTo(204);

        await().atMost(PATIENCE)
                .until(() -> loggedIn.get(GATEWAY.resolve("/api/profiles/me")).statusCode() == 404);
        assertThat(AccessTokens.isLoggedIn(AccessTokens.attemptLogin(email, password)))
                .as("the login is gone with the account")
                .isFalse();
    }

    @Test
    void signingUpWithoutTheCsrfTokenIsRefused() {
        var response = new BrowserSession()
                .send(HttpRequest.newBuilder(GATEWAY.resolve("/api/auth/registrations"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                """
                                {"email": "%s", "password": "My-first-passphrase", "displayName": "Yan Sousa"}""".formatted(UUID.randomUUID() + "@fakebook.test"))));

        assertThat(response.statusCode()).isEqualTo(403);
    }

    private static HttpResponse<String> post(BrowserSession browser, String path, String json) {
        return send(
                browser,
                HttpRequest.newBuilder(GATEWAY.resolve(path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Sends an unsafe request as the web client does: with the CSRF cookie's value in {@code X-XSRF-TOKEN}. */
    private static HttpResponse<String> send(BrowserSession browser, HttpRequest.Builder request) {
        var csrf = browser.cookie("XSRF-TOKEN").map(HttpCookie::getValue).orElseThrow();
        return browser.send(request.header("X-XSRF-TOKEN", csrf));
    }
}
