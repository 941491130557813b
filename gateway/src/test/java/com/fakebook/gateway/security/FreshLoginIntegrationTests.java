package com.fakebook.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fakebook.gateway.GatewayLogin;
import com.fakebook.testsupport.LocalServers;
import com.fakebook.testsupport.keycloak.BrowserSession;
import com.fakebook.testsupport.keycloak.KeycloakTestUsers;
import com.fakebook.testsupport.keycloak.LocalKeycloak;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * {@code /oauth2/authorization/keycloak?fresh}: Keycloak asks for the password even though its session is open, so
 * only someone who knows it gets the fresh login that deleting an account needs; then back to Settings.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@LocalServers
class FreshLoginIntegrationTests {

    static KeycloakTestUsers users = KeycloakTestUsers.connect();

    @Value("${local.server.port}")
    int port;

    @AfterAll
    static void cleanUp() {
        users.close();
    }

    @Test
    void theOwnerIsAskedForTheirPasswordAgainThenComesBackToSettings() {
        var owner = users.create();
        var browser = GatewayLogin.logIn(owner, port);

        var toKeycloak = browser.get(gateway("/oauth2/authorization/keycloak?fresh"));
        assertThat(BrowserSession.location(toKeycloak).getQuery())
                .contains("prompt=login")
                .contains("max_age=0")
                .contains("code_challenge_method=S256");
        var loginPage = browser.followRedirects(toKeycloak, this::isCallback);
        assertThat(loginPage.statusCode())
                .as("Keycloak shows its login form despite the open session")
                .isEqualTo(200);

        var back = deliver(browser, browser.submitLogin(loginPage, owner.email(), owner.password(), false));
        assertThat(back.statusCode()).isEqualTo(302);
        assertThat(BrowserSession.location(back).getPath()).isEqualTo("/settings");
    }

    @Test
    void anOrdinaryLoginWithAnOpenSessionAsksForNothing() {
        var browser = GatewayLogin.logIn(users.create(), port);

        var toCallback =
                browser.followRedirects(browser.get(gateway("/oauth2/authorization/keycloak")), this::isCallback);

        assertThat(BrowserSession.isRedirect(toCallback))
                .as("Keycloak's open session sends the browser straight back, without a form")
                .isTrue();
        assertThat(BrowserSession.location(deliver(browser, toCallback)).getPath())
                .isEqualTo("/");
    }

    @Test
    void aStrangerAtTheOpenSessionWithoutThePasswordGetsNoFreshLogin() {
        var owner = users.create();
        var leftOpen = GatewayLogin.logIn(owner, port);

        var loginPage = leftOpen.followRedirects(
                leftOpen.get(gateway("/oauth2/authorization/keycloak?fresh")), this::isCallback);
        var guessed = leftOpen.followRedirects(
                leftOpen.submitLogin(loginPage, owner.email(), "not-" + owner.password(), false), this::isCallback);

        assertThat(BrowserSession.isRedirect(guessed))
                .as("no way back to the gateway's callback")
                .isFalse();
        assertThat(guessed.body()).contains("kc-form-login");
    }

    @Test
    void anAnonymousPersonAskingForAFreshLoginSimplyLogsIn() {
        var person = users.create();
        var browser = new BrowserSession();

        var toKeycloak = browser.get(gateway("/oauth2/authorization/keycloak?fresh"));
        assertThat(BrowserSession.location(toKeycloak).getQuery()).contains("prompt=login");
        var loginPage = browser.followRedirects(toKeycloak, this::isCallback);
        var back = deliver(browser, browser.submitLogin(loginPage, person.email(), person.password(), false));

        assertThat(BrowserSession.location(back).getPath()).isEqualTo("/settings");
        assertThat(browser.cookie("SESSION")).isPresent();
    }

    private URI gateway(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** Keycloak sends the browser back to the gateway's registered address (the public one). */
    private boolean isCallback(URI target) {
        return target.getPort() == URI.create(LocalKeycloak.publicUrl()).getPort();
    }

    /** Delivers Keycloak's redirect to the callback to this test's gateway, as a reverse proxy would. */
    private HttpResponse<String> deliver(BrowserSession browser, HttpResponse<String> toCallback) {
        var redirect = browser.followRedirects(toCallback, this::isCallback);
        var callback = BrowserSession.location(redirect);
        assertThat(callback.getPath()).isEqualTo("/login/oauth2/code/keycloak");
        return browser.send(HttpRequest.newBuilder(gateway(callback.getRawPath() + "?" + callback.getRawQuery()))
                .header(
                        "X-Forwarded-Host",
                        URI.create(LocalKeycloak.publicUrl()).getRawAuthority())
                .GET());
    }
}
