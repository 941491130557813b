package com.fakebook.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fakebook.testsupport.LocalServers;
import com.fakebook.testsupport.keycloak.BrowserSession;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.json.JsonMapper;

/** What any browser gets from the gateway before logging in: headers, cookies, refusals. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@LocalServers
class BrowserSecurityIntegrationTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Value("${local.server.port}")
    int port;

    @Value("${local.management.port}")
    int managementPort;

    final BrowserSession browser = new BrowserSession();

    @Test
    void pagesCarryAStrictContentSecurityPolicy() {
        var home = browser.get(gateway("/"));

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp)
                        .contains("script-src 'self'")
                        .contains("frame-ancestors 'none'")
                        .doesNotContain("unsafe-inline"));
    }

    @Test
    void theFirstPageGivesTheBrowserAReadableCsrfCookie() {
        browser.get(gateway("/"));

        var csrf = browser.cookie("XSRF-TOKEN").orElseThrow();
        assertThat(csrf.isHttpOnly()).isFalse();
        assertThat(csrf.getValue()).isNotBlank();
    }

    @Test
    void loggingInStartsTheCodeFlowWithPkce() {
        var toKeycloak = browser.get(gateway("/oauth2/authorization/keycloak"));

        assertThat(toKeycloak.statusCode()).isEqualTo(302);
        assertThat(BrowserSession.location(toKeycloak).getQuery())
                .contains("response_type=code")
                .contains("code_challenge_method=S256");
    }

    @Test
    void aWebSocketFromAForeignOriginIsRefused() {
        assertThat(handshakeStatus("http://evil.example")).isEqualTo(403);
    }

    @Test
    void aWebSocketWithoutOriginIsRefused() {
        assertThat(handshakeStatus(null)).isEqualTo(403);
    }

    @Test
    void aWebSocketFromTheGatewaysOwnOriginPassesTheOriginCheckThenNeedsASession() {
        assertThat(handshakeStatus("http://localhost:" + port)).isEqualTo(401);
    }

    @Test
    void anUnsafeRequestWithoutCsrfTokenGetsA403Problem() {
        var response = browser.send(HttpRequest.newBuilder(gateway("/api/auth/registrations"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void theActuatorIsNotOnThePublicPort() {
        assertThat(browser.get(gateway("/actuator/health/readiness")).statusCode())
                .isEqualTo(404);
        assertThat(browser.get(gateway("/actuator/env")).statusCode()).isEqualTo(401);
    }

    @Test
    void readinessOnTheManagementPortCoversRedis() {
        var response = browser.get(URI.create("http://127.0.0.1:" + managementPort + "/actuator/health/readiness"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body())
                        .path("components")
                        .path("redis")
                        .path("status")
                        .asString())
                .isEqualTo("UP");
    }

    /** Opens a real WebSocket to /ws/chat and returns the status of the refused handshake. */
    private int handshakeStatus(@Nullable String origin) {
        var socket = HttpClient.newHttpClient().newWebSocketBuilder();
        if (origin != null) {
            socket.header("Origin", origin);
        }
        var opening = socket.buildAsync(URI.create("ws://localhost:" + port + "/ws/chat"), new WebSocket.Listener() {});
        var failure = catchThrowable(opening::join);
        assertThat(failure).as("the handshake is refused").hasCauseInstanceOf(WebSocketHandshakeException.class);
        return ((WebSocketHandshakeException) failure.getCause()).getResponse().statusCode();
    }

    private URI gateway(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
