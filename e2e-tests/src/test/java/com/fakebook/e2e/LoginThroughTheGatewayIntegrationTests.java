package com.fakebook.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fakebook.testsupport.keycloak.BrowserSession;
import com.fakebook.testsupport.keycloak.KeycloakTestUsers;
import com.fakebook.testsupport.keycloak.LocalKeycloak;
import com.fakebook.testsupport.keycloak.TestUser;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * A person logs in through the gateway as a browser would (Keycloak's login form), against the whole system
 * started by deploy/local/up, and the APIs know who they are; without a session or without the CSRF token the
 * gateway refuses.
 */
class LoginThroughTheGatewayIntegrationTests {

    static final URI GATEWAY = URI.create(LocalKeycloak.publicUrl());
    static final JsonMapper JSON = JsonMapper.builder().build();

    static KeycloakTestUsers users;
    static TestUser ana;

    @BeforeAll
    static void anaHasAnAccount() {
        users = KeycloakTestUsers.connect();
        ana = users.create();
    }

    @AfterAll
    static void removeAna() {
        users.close();
    }

    @Test
    void aPersonWhoLogsInIsKnownToTheApis() {
        var browser = loggedIn(ana);

        var me = browser.get(GATEWAY.resolve("/api/auth/me"));

        assertThat(me.statusCode()).isEqualTo(200);
        var body = JSON.readTree(me.body());
        assertThat(body.path("id").asString()).isEqualTo(ana.id().toString());
        assertThat(body.path("email").asString()).isEqualTo(ana.email());
    }

    @Test
    void theLoginUsesPkce() {
        var toKeycloak = new BrowserSession().get(GATEWAY.resolve("/oauth2/authorization/keycloak"));

        assertThat(BrowserSession.location(toKeycloak).toString())
                .startsWith(LocalKeycloak.issuer())
                .contains("code_challenge=")
                .contains("code_challenge_method=S256");
    }

    @Test
    void theBrowserHoldsOnlyAnHttpOnlySessionCookieAndNoToken() {
        var browser = loggedIn(ana);

        var session = browser.cookie("SESSION").orElseThrow();
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(browser.cookieNamesSentTo(GATEWAY.resolve("/api/auth/me")))
                .containsExactlyInAnyOrder("SESSION", "XSRF-TOKEN");
    }

    @Test
    void anApiCallWithoutASessionGetsA401Problem() {
        var response = new BrowserSession().get(GATEWAY.resolve("/api/auth/me"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void anUnsafeCallWithoutTheCsrfTokenGetsA403Problem() {
        var browser = loggedIn(ana);

        var response = browser.send(HttpRequest.newBuilder(GATEWAY.resolve("/api/auth/me"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void anUnsafeCallWithTheCsrfTokenReachesTheService() {
        var browser = loggedIn(ana);

        var response = browser.send(HttpRequest.newBuilder(GATEWAY.resolve("/api/auth/me"))
                .header("Content-Type", "application/json")
                .header(
                        "X-XSRF-TOKEN",
                        browser.cookie("XSRF-TOKEN").map(HttpCookie::getValue).orElseThrow())
                .POST(HttpRequest.BodyPublishers.ofString("{}")));

        // auth-service itself answers: /api/auth/me takes no POST.
        assertThat(response.statusCode()).isEqualTo(405);
    }

    @Test
    void loggingOutEndsTheGatewaySessionAndTheKeycloakSession() {
        var browser = loggedIn(ana);

        var logout = browser.send(HttpRequest.newBuilder(GATEWAY.resolve("/logout"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf="
                        + browser.cookie("XSRF-TOKEN").map(HttpCookie::getValue).orElseThrow())));
        var backHome = browser.followRedirects(logout);

        assertThat(backHome.uri()).isEqualTo(GATEWAY.resolve("/"));
        assertThat(browser.get(GATEWAY.resolve("/api/auth/me")).statusCode()).isEqualTo(401);
        var loginAgain = browser.followRedirects(browser.get(GATEWAY.resolve("/oauth2/authorization/keycloak")));
        assertThat(loginAgain.body()).as("Keycloak asks for the password again").contains("kc-form-login");
    }

    static BrowserSession loggedIn(TestUser user) {
        return loggedIn(user, new BrowserSession(), false);
    }

    /** Logs {@code user} in through the gateway in {@code browser}, ticking "remember me" or not. */
    static BrowserSession loggedIn(TestUser user, BrowserSession browser, boolean rememberMe) {
        var loginPage = browser.followRedirects(browser.get(GATEWAY.resolve("/oauth2/authorization/keycloak")));
        HttpResponse<String> home =
                browser.followRedirects(browser.submitLogin(loginPage, user.email(), user.password(), rememberMe));
        assertThat(home.uri()).isEqualTo(GATEWAY.resolve("/"));
        assertThat(home.statusCode()).isEqualTo(200);
        return browser;
    }
}
