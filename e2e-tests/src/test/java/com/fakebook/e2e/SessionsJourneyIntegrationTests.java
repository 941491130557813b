package com.fakebook.e2e;

import static com.fakebook.e2e.LoginThroughTheGatewayIntegrationTests.loggedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fakebook.testsupport.keycloak.AccessTokens;
import com.fakebook.testsupport.keycloak.BrowserSession;
import com.fakebook.testsupport.keycloak.KeycloakTestUsers;
import com.fakebook.testsupport.keycloak.LocalKeycloak;
import com.fakebook.testsupport.mail.Mailbox;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Staying logged in and leaving, through the gateway against the running system: a remembered login survives
 * closing the browser, a person sees the browsers they are logged in on and ends one (its next call is refused at
 * once, through Keycloak's back-channel logout to the gateway), logs out everywhere, and resets a forgotten
 * password from the mailed link.
 */
class SessionsJourneyIntegrationTests {

    static final URI GATEWAY = URI.create(LocalKeycloak.publicUrl());
    static final Duration PATIENCE = Duration.ofSeconds(30);
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String LAPTOP = "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0";
    static final String PHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) Mobile/15E148";

    static KeycloakTestUsers users;

    @BeforeAll
    static void connect() {
        users = KeycloakTestUsers.connect();
    }

    @AfterAll
    static void removeUsers() {
        users.close();
    }

    @Test
    void aRememberedLoginSurvivesClosingTheBrowser() {
        var browser = loggedIn(users.create(), new BrowserSession(LAPTOP), true);

        var cameBack = browser.reopened();

        assertThat(cameBack.get(GATEWAY.resolve("/api/auth/me")).statusCode()).isEqualTo(200);
    }

    @Test
    void anOrdinaryLoginEndsWithTheBrowser() {
        var browser = loggedIn(users.create(), new BrowserSession(LAPTOP), false);

        var cameBack = browser.reopened();

        assertThat(cameBack.get(GATEWAY.resolve("/api/auth/me")).statusCode()).isEqualTo(401);
    }

    @Test
    void aPersonSeesTheTwoBrowsersTheyUseAndEndsTheOther() {
        var ana = users.create();
        var laptop = loggedIn(ana, new BrowserSession(LAPTOP), false);
        var phone = loggedIn(ana, new BrowserSession(PHONE), false);
        assertThat(phone.get(GATEWAY.resolve("/api/auth/me")).statusCode()).isEqualTo(200);

        var sessions =
                JSON.readTree(laptop.get(GATEWAY.resolve("/api/auth/sessions")).body());

        assertThat(sessions).hasSize(2);
        assertThat(sessions.valueStream()
                        .map(session -> session.path("userAgent").asString()))
                .containsExactlyInAnyOrder(LAPTOP, PHONE);
        var phones = sessions.valueStream()
                .filter(session -> !session.path("current").asBoolean())
                .findFirst()
                .map(session -> session.path("id").asString())
                .orElseThrow();

        var ending = send(
                laptop,
                HttpRequest.newBuilder(GATEWAY.resolve("/api/auth/sessions/" + phones))
                        .DELETE());

        assertThat(ending.statusCode()).isEqualTo(204);
        await().atMost(PATIENCE)
                .until(() -> phone.get(GATEWAY.resolve("/api/auth/me")).statusCode() == 401);
        assertThat(laptop.get(GATEWAY.resolve("/api/auth/me")).statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(
                        laptop.get(GATEWAY.resolve("/api/auth/sessions")).body()))
                .hasSize(1);
    }

    @Test
    void anotherPersonCannotEndMySession() {
        var ana = users.create();
        var anasLaptop = loggedIn(ana, new BrowserSession(LAPTOP), false);
        var anasSession = currentSession(anasLaptop);
        var bruno = loggedIn(users.create(), new BrowserSession(PHONE), false);

        var attempt = send(
                bruno,
                HttpRequest.newBuilder(GATEWAY.resolve("/api/auth/sessions/" + anasSession))
                        .DELETE());

        assertThat(attempt.statusCode()).isEqualTo(404);
        assertThat(anasLaptop.get(GATEWAY.resolve("/api/auth/me")).statusCode()).isEqualTo(200);
    }

    @Test
    void loggingOutEverywhereEndsEveryBrowsersSession() {
        var ana = users.create();
        var laptop = loggedIn(ana, new BrowserSession(LAPTOP), false);
        var phone = loggedIn(ana, new BrowserSession(PHONE), true);

        var everywhere = send(
                laptop,
                HttpRequest.newBuilder(GATEWAY.resolve("/api/auth/sessions")).DELETE());

        assertThat(everywhere.statusCode()).isEqualTo(204);
        await().atMost(PATIENCE)
                .until(() -> phone.get(GATEWAY.resolve("/api/auth/me")).statusCode() == 401);
        await().atMost(PATIENCE)
                .until(() -> laptop.get(GATEWAY.resolve("/api/auth/me")).statusCode() == 401);
    }

    @Test
    void aForgottenPasswordIsResetFromTheMailedLink() {
        var ana = users.create();
        var newPassword = "A-brand-new-passphrase";
        var browser = new BrowserSession(LAPTOP);
        var loginPage = browser.followRedirects(browser.get(GATEWAY.resolve("/oauth2/authorization/keycloak")));

        var forgotPage = browser.followRedirects(browser.clickLink(loginPage, "reset-credentials"));
        var asked = browser.followRedirects(
                browser.submitForm(forgotPage, "kc-reset-password-form", Map.of("username", ana.email())));
        assertThat(asked.body()).contains("You should receive an email shortly");
        var link = Mailbox.of(ana.email()).await("Reset password", PATIENCE).link();
        var newPasswordPage = browser.followRedirects(browser.get(link));
        var home = browser.followRedirects(browser.submitForm(
                newPasswordPage,
                "kc-passwd-update-form",
                Map.of("password-new", newPassword, "password-confirm", newPassword)));

        assertThat(home.uri()).isEqualTo(GATEWAY.resolve("/"));
        assertThat(browser.get(GATEWAY.resolve("/api/auth/me")).statusCode()).isEqualTo(200);
        assertThat(AccessTokens.isLoggedIn(AccessTokens.attemptLogin(ana.email(), ana.password())))
                .as("the old password no longer works")
                .isFalse();
        assertThat(AccessTokens.isLoggedIn(AccessTokens.attemptLogin(ana.email(), newPassword)))
                .isTrue();
    }

    private static String currentSession(BrowserSession browser) {
        return JSON.readTree(browser.get(GATEWAY.resolve("/api/auth/sessions")).body())
                .valueStream()
                .filter(session -> session.path("current").asBoolean())
                .map(session -> session.path("id").asString())
                .findFirst()
                .orElseThrow();
    }

    /** An unsafe request as the web client sends it: with the CSRF cookie's value in {@code X-XSRF-TOKEN}. */
    private static HttpResponse<String> send(BrowserSession browser, HttpRequest.Builder request) {
        var csrf = browser.cookie("XSRF-TOKEN").map(HttpCookie::getValue).orElseThrow();
        return browser.send(request.header("X-XSRF-TOKEN", csrf));
    }
}
