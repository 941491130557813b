package com.fakebook.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fakebook.testsupport.keycloak.BrowserSession;
import com.fakebook.testsupport.keycloak.LocalKeycloak;
import com.fakebook.testsupport.keycloak.TestUser;
import java.net.URI;
import java.net.http.HttpRequest;

/**
 * Logs a user in to a gateway started by a test on a random port. Keycloak only redirects to the registered
 * public URL (localhost:8080), so the test gateway is configured with that redirect URI and the callback is
 * delivered to it with {@code X-Forwarded-Host}, as a reverse proxy in front of it would.
 */
public final class GatewayLogin {

    private GatewayLogin() {}

    public static BrowserSession logIn(TestUser user, int gatewayPort) {
        return logIn(user, gatewayPort, false);
    }

    /** Logs in, ticking "Remember me" on Keycloak's page when asked to. */
    public static BrowserSession logIn(TestUser user, int gatewayPort, boolean rememberMe) {
        var gateway = URI.create("http://localhost:" + gatewayPort);
        var publicUrl = URI.create(LocalKeycloak.publicUrl());
        var browser = new BrowserSession();

        var loginPage = browser.followRedirects(browser.get(gateway.resolve("/oauth2/authorization/keycloak")));
        var toCallback = browser.followRedirects(
                browser.submitLogin(loginPage, user.email(), user.password(), rememberMe),
                target -> target.getPort() == publicUrl.getPort());
        var callback = BrowserSession.location(toCallback);
        var delivered = browser.send(
                HttpRequest.newBuilder(gateway.resolve(callback.getRawPath() + "?" + callback.getRawQuery()))
                        .header("X-Forwarded-Host", publicUrl.getRawAuthority())
                        .GET());

        assertThat(delivered.statusCode()).as("the gateway accepts the login").isEqualTo(302);
        assertThat(BrowserSession.location(delivered).getPath()).isEqualTo("/");
        return browser;
    }
}
