package com.fakebook.e2e;

import static com.fakebook.e2e.People.GATEWAY;
import static com.fakebook.e2e.People.JSON;
import static com.fakebook.e2e.People.PATIENCE;
import static com.fakebook.e2e.People.arrive;
import static com.fakebook.e2e.People.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fakebook.testsupport.keycloak.BrowserSession;
import com.fakebook.testsupport.keycloak.KeycloakTestUsers;
import com.fakebook.testsupport.sse.EventStream;
import java.net.HttpCookie;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The notification stream through the gateway, as a browser's EventSource holds it with its session cookie: the
 * badge count goes up the moment a friend request is sent (nothing buffered on the way), the stream outlives the
 * gateway's 10 s response timeout (heartbeats keep coming), and a reconnect with Last-Event-ID gets what it missed.
 */
class NotificationsJourneyIntegrationTests {

    static final HttpClient HTTP = HttpClient.newHttpClient();

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
    void aFriendRequestReachesTheRecipientsStreamAtOnceAndTheStreamOutlivesTheGatewayTimeout() {
        var anaUser = users.create();
        var brunoUser = users.create();
        var ana = arrive(anaUser);
        var bruno = arrive(brunoUser);

        await().atMost(PATIENCE)
                .until(() -> JSON.readTree(
                                ana.get(GATEWAY.resolve("/api/notifications")).body())
                        .path("items")
                        .valueStream()
                        .anyMatch(item -> item.path("type").asString().equals("WELCOME")));

        try (var stream = streamOf(ana, null)) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
            var opened = Instant.now();
            assertThat(count(stream.await(EventStream.named("unread-count"), PATIENCE)))
                    .as("the welcome")
                    .isEqualTo(1);

            await().atMost(PATIENCE)
                    .until(() -> bruno.get(GATEWAY.resolve("/api/friends/people/" + anaUser.id() + "/status"))
                                    .statusCode()
                            == 200);
            var sent = send(
                    bruno,
                    HttpRequest.newBuilder(GATEWAY.resolve("/api/friends/requests"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"recipientId\": \"" + anaUser.id() + "\"}")));
            assertThat(sent.statusCode()).isEqualTo(201);

            var told = stream.await(EventStream.named("notification"), PATIENCE);
            assertThat(JSON.readTree(told.data()).path("type").asString()).isEqualTo("FRIEND_REQUEST_RECEIVED");
            var badge = stream.await(event -> event.name().equals("unread-count") && count(event) == 2, PATIENCE);
            // How fast is the benchmark's question (issue #8); here it is that it comes while the stream is open.

            var feed =
                    JSON.readTree(ana.get(GATEWAY.resolve("/api/notifications")).body());
            var item = feed.path("items").get(0);
            assertThat(item.path("actor").path("id").asString())
                    .isEqualTo(brunoUser.id().toString());
            assertThat(item.path("text").asString()).endsWith("sent you a friend request.");

            // Past the gateway's 10 s response timeout the stream is still open: heartbeats, then a change.
            await().atMost(PATIENCE)
                    .until(() -> stream.comments().stream()
                            .anyMatch(comment -> comment.at().isAfter(opened.plusSeconds(11))));
            assertThat(stream.ended()).isFalse();
            var read = send(
                    ana,
                    HttpRequest.newBuilder(GATEWAY.resolve(
                                    "/api/notifications/" + item.path("id").asString() + "/read"))
                            .POST(HttpRequest.BodyPublishers.noBody()));
            assertThat(read.statusCode()).isEqualTo(204);
            var cleared = stream.await(
                    event -> event.name().equals("unread-count")
                            && count(event) == 1
                            && event.at().isAfter(opened.plusSeconds(11)),
                    PATIENCE);

            try (var resumed = streamOf(ana, badge.id())) {
                var replayed =
                        resumed.await(event -> event.id() != null && event.id().equals(cleared.id()), PATIENCE);
                assertThat(resumed.events())
                        .as("exactly what came after the badge: the notification read, and the count")
                        .extracting(EventStream.Event::name)
                        .containsExactly("notification", "unread-count");
                assertThat(count(replayed)).isEqualTo(1);
            }
        }
    }

    @Test
    void theStreamWantsALogin() {
        var response = new BrowserSession().get(GATEWAY.resolve("/api/notifications/stream"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    /** Opens the notification stream as the browser's EventSource does: its cookies, and Last-Event-ID on resume. */
    private static EventStream streamOf(BrowserSession browser, @Nullable String lastEventId) {
        var request = HttpRequest.newBuilder(GATEWAY.resolve("/api/notifications/stream"))
                .header("Accept", "text/event-stream")
                .header(
                        "Cookie",
                        "SESSION="
                                + browser.cookie("SESSION")
                                        .map(HttpCookie::getValue)
                                        .orElseThrow());
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        return EventStream.open(HTTP, request.build());
    }

    private static long count(EventStream.Event event) {
        return JSON.readTree(event.data()).path("count").asLong();
    }
}
