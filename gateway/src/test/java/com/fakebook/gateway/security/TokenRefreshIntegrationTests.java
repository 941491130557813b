package com.fakebook.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fakebook.gateway.GatewayLogin;
import com.fakebook.gateway.StubService;
import com.fakebook.testsupport.LocalServers;
import com.fakebook.testsupport.keycloak.KeycloakTestUsers;
import java.net.URI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The relayed access token is refreshed before it lapses. Here the gateway refreshes any token that expires
 * within 10 minutes, so every call finds the realm's 5-minute token due and must use the refresh token.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"fakebook.gateway.token-refresh-ahead=10m"})
@LocalServers
class TokenRefreshIntegrationTests {

    static StubService friends = StubService.answering(0);
    static KeycloakTestUsers users = KeycloakTestUsers.connect();

    @Value("${local.server.port}")
    int port;

    @DynamicPropertySource
    static void routeToStub(DynamicPropertyRegistry registry) {
        registry.add("FAKEBOOK_FRIEND_URL", () -> "http://127.0.0.1:" + friends.port());
    }

    @AfterAll
    static void cleanUp() {
        users.close();
        friends.close();
    }

    @Test
    void aTokenDueForRefreshIsReplacedBeforeItIsRelayed() {
        var browser = GatewayLogin.logIn(users.create(), port);
        var api = URI.create("http://localhost:" + port + "/api/friends/anything");

        var before = friends.requests().size();

        var first = browser.get(api);
        var second = browser.get(api);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(second.statusCode()).isEqualTo(200);
        var relayed = friends.authorizations().subList(before, before + 2);
        assertThat(relayed.get(1)).startsWith("Bearer ").isNotEqualTo(relayed.get(0));
    }

    @Test
    void whenKeycloakEndedTheLoginTheNextCallGetsA401AndTheSessionIsGone() {
        var user = users.create();
        var browser = GatewayLogin.logIn(user, port);
        var api = URI.create("http://localhost:" + port + "/api/friends/anything");
        assertThat(browser.get(api).statusCode()).isEqualTo(200);

        users.endSessions(user);

        var afterwards = browser.get(api);
        assertThat(afterwards.statusCode()).isEqualTo(401);
        assertThat(afterwards.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        var again = browser.get(api);
        assertThat(again.statusCode()).as("no redirect to Keycloak either").isEqualTo(401);
    }
}
