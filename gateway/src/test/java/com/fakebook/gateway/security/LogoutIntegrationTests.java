package com.fakebook.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fakebook.gateway.GatewayLogin;
import com.fakebook.testsupport.LocalServers;
import com.fakebook.testsupport.keycloak.BrowserSession;
import com.fakebook.testsupport.keycloak.KeycloakTestUsers;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

/** Logging out removes the session, and the tokens in it, from Redis; then sends the browser to end Keycloak's. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@LocalServers
class LogoutIntegrationTests {

    static KeycloakTestUsers users = KeycloakTestUsers.connect();

    @Value("${local.server.port}")
    int port;

    @Autowired
    ReactiveStringRedisTemplate redis;

    @AfterAll
    static void cleanUp() {
        users.close();
    }

    @Test
    void loggingOutDeletesTheSessionAndItsTokensFromRedis() {
        var browser = GatewayLogin.logIn(users.create(), port);
        var sessionKey = "fakebook:gateway:session:sessions:"
                + browser.cookie("SESSION").map(HttpCookie::getValue).orElseThrow();
        assertThat(redis.hasKey(sessionKey).block()).isTrue();

        var logout = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/logout"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf="
                        + browser.cookie("XSRF-TOKEN").map(HttpCookie::getValue).orElseThrow())));

        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(BrowserSession.location(logout).toString()).contains("/protocol/openid-connect/logout");
        assertThat(redis.hasKey(sessionKey).block()).isFalse();
    }
}
