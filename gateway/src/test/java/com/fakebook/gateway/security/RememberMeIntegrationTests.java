package com.fakebook.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fakebook.gateway.GatewayLogin;
import com.fakebook.testsupport.LocalServers;
import com.fakebook.testsupport.keycloak.KeycloakTestUsers;
import java.net.HttpCookie;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

/** "Remember me" on Keycloak's page makes the gateway session outlive the browser, for a bounded time. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@LocalServers
class RememberMeIntegrationTests {

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
    void aRememberedLoginGetsACookieAndASessionThatLastTwoWeeks() {
        var browser = GatewayLogin.logIn(users.create(), port, true);

        var cookie = browser.cookie("SESSION").orElseThrow();
        assertThat(Duration.ofSeconds(cookie.getMaxAge())).isEqualTo(Duration.ofDays(14));
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(timeToLive(cookie)).isGreaterThan(Duration.ofDays(13));
    }

    @Test
    void anOrdinaryLoginGetsABrowserSessionCookieAndHalfAnHourIdle() {
        var browser = GatewayLogin.logIn(users.create(), port, false);

        var cookie = browser.cookie("SESSION").orElseThrow();
        assertThat(cookie.getMaxAge()).as("no Max-Age: gone with the browser").isEqualTo(-1);
        assertThat(timeToLive(cookie)).isLessThan(Duration.ofHours(1));
    }

    /** How long Redis keeps the session: its idle time, plus the few minutes Spring Session adds. */
    private Duration timeToLive(HttpCookie session) {
        return redis.getExpire("fakebook:gateway:session:sessions:" + session.getValue())
                .block();
    }
}
