package com.fakebook.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fakebook.gateway.GatewayLogin;
import com.fakebook.gateway.StubService;
import com.fakebook.testsupport.LocalServers;
import com.fakebook.testsupport.keycloak.BrowserSession;
import com.fakebook.testsupport.keycloak.KeycloakTestUsers;
import com.fakebook.testsupport.keycloak.TestUser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The routes as a logged-in browser meets them: the user's token relayed to the service, a service that is down
 * or too slow answered with a 503 problem within the timeout, and recovery when the service returns.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.cloud.gateway.server.webflux.httpclient.response-timeout=2s",
            "resilience4j.timelimiter.configs.default.timeout-duration=3s",
            "resilience4j.circuitbreaker.configs.default.wait-duration-in-open-state=2s"
        })
@LocalServers
class RoutingIntegrationTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    static StubService friends = StubService.answering(0);
    static StubService conversations = StubService.hanging();
    static StubService profiles = StubService.answeringAfter(Duration.ofMillis(1500));
    static int notificationsPort = freePort();
    static int authPort = freePort();
    static KeycloakTestUsers users;
    static TestUser ana;

    @Value("${local.server.port}")
    int port;

    @DynamicPropertySource
    static void routesToStubs(DynamicPropertyRegistry registry) {
        registry.add("FAKEBOOK_FRIEND_URL", () -> "http://127.0.0.1:" + friends.port());
        registry.add("FAKEBOOK_MESSAGING_URL", () -> "http://127.0.0.1:" + conversations.port());
        registry.add("FAKEBOOK_NOTIFICATION_URL", () -> "http://127.0.0.1:" + notificationsPort);
        registry.add("FAKEBOOK_PROFILE_URL", () -> "http://127.0.0.1:" + profiles.port());
        registry.add("FAKEBOOK_AUTH_URL", () -> "http://127.0.0.1:" + authPort);
    }

    @BeforeAll
    static void anaHasAnAccount() {
        users = KeycloakTestUsers.connect();
        ana = users.create();
    }

    @AfterAll
    static void cleanUp() {
        users.close();
        friends.close();
        conversations.close();
        profiles.close();
    }

    @Test
    void theServiceReceivesTheUsersAccessTokenAndTheBrowserNever() {
        var browser = GatewayLogin.logIn(ana, port);

        var response = browser.get(gateway("/api/friends/anything"));

        assertThat(response.statusCode()).isEqualTo(200);
        var relayed = friends.authorizations().getLast();
        assertThat(relayed).startsWith("Bearer ");
        assertThat(subjectOf(relayed.substring("Bearer ".length())))
                .isEqualTo(ana.id().toString());
        assertThat(response.body()).doesNotContain(relayed.substring("Bearer ".length()));
    }

    @Test
    void theBrowsersCookiesAndCsrfHeaderStayAtTheGateway() {
        var browser = GatewayLogin.logIn(ana, port);

        browser.send(HttpRequest.newBuilder(gateway("/api/friends/anything"))
                .header("X-XSRF-TOKEN", "a-token")
                .GET());

        var headers = friends.requests().getLast();
        assertThat(headers).doesNotContainKeys("Cookie", "X-xsrf-token", "X-XSRF-TOKEN");
    }

    @Test // #4
    void theServiceLearnsTheAddressTheRequestCameFromNotOneTheClientMadeUp() {
        var browser = GatewayLogin.logIn(ana, port);

        browser.send(HttpRequest.newBuilder(gateway("/api/friends/anything"))
                .header("Fakebook-Client-Address", "203.0.113.7")
                .GET());

        assertThat(friends.requests().getLast().get("Fakebook-client-address")).containsExactly("127.0.0.1");
    }

    @Test
    void aSlowServiceWithinTheTimeoutIsWaitedFor() {
        var browser = GatewayLogin.logIn(ana, port);

        assertThat(browser.get(gateway("/api/profiles/anything")).statusCode()).isEqualTo(200);
    }

    @Test
    void manySlowCallsAtOnceAreAllWaitedForNotTurnedAway() {
        var browser = GatewayLogin.logIn(ana, port);
        var callsAtOnce = 100; // four times Resilience4j's default bulkhead, which refused the 26th
        var statuses = new ConcurrentLinkedQueue<Integer>();

        try (var callers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (var call = 0; call < callsAtOnce; call++) {
                callers.execute(() -> statuses.add(
                        browser.get(gateway("/api/profiles/anything")).statusCode()));
            }
        }

        assertThat(statuses).hasSize(callsAtOnce).containsOnly(200);
    }

    @Test
    void aServiceThatKeepsFailingIsNoLongerCalledUntilTheBreakerProbesIt() {
        var browser = GatewayLogin.logIn(ana, port);
        for (var call = 0; call < 10; call++) {
            assertThat(browser.get(gateway("/api/auth/anything")).statusCode()).isEqualTo(503);
        }

        try (var auth = StubService.answering(authPort)) {
            assertThat(browser.get(gateway("/api/auth/anything")).statusCode())
                    .as("the breaker is open: the gateway answers without calling")
                    .isEqualTo(503);
            assertThat(auth.requests()).isEmpty();

            await().atMost(Duration.ofSeconds(20))
                    .until(() -> browser.get(gateway("/api/auth/anything")).statusCode() == 200);
        }
    }

    @Test
    void aServiceThatDoesNotAnswerInTimeGetsA503Problem() {
        var browser = GatewayLogin.logIn(ana, port);

        var response = browser.get(gateway("/api/conversations/anything"));

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    void aServiceThatIsDownGetsA503ProblemAndIsReachedAgainOnceItReturns() {
        var browser = GatewayLogin.logIn(ana, port);

        var whileDown = browser.get(gateway("/api/notifications/anything"));
        assertThat(whileDown.statusCode()).isEqualTo(503);
        assertThat(whileDown.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(whileDown.body()).contains("notifications");

        try (var notifications = StubService.answering(notificationsPort)) {
            await().atMost(Duration.ofSeconds(30))
                    .until(() ->
                            browser.get(gateway("/api/notifications/anything")).statusCode() == 200);
            assertThat(notifications.authorizations()).isNotEmpty();
        }
    }

    @Test
    void anUnknownApiGetsA404Problem() {
        var browser = GatewayLogin.logIn(ana, port);

        var response = browser.get(gateway("/api/no-such-service/anything"));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void anApiCallWithoutASessionGetsA401ProblemAndNoRedirect() {
        var response = new BrowserSession().get(gateway("/api/friends/anything"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.headers().firstValue("Location")).isEmpty();
    }

    private URI gateway(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    static String subjectOf(String jwt) {
        var payload = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
        return JSON.readTree(payload).path("sub").asString();
    }

    static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
