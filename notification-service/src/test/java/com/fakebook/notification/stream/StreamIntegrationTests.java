package com.fakebook.notification.stream;

import static com.fakebook.testsupport.sse.EventStream.named;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fakebook.events.friendship.FriendRequestSent;
import com.fakebook.notification.Api;
import com.fakebook.notification.Logins;
import com.fakebook.notification.NotificationServiceApplication;
import com.fakebook.notification.NotificationServiceIntegrationTest;
import com.fakebook.testsupport.LocalApplications;
import com.fakebook.testsupport.keycloak.TestUser;
import com.fakebook.testsupport.sse.EventStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Each person's live stream: what it starts with, what it carries, heartbeats, resumes, and other instances. */
class StreamIntegrationTests extends NotificationServiceIntegrationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void aNewStreamStartsWithTheUnreadCountThenCarriesEveryChangeWithItsId() {
        storedNotification(ana, carla, Instant.now());
        try (var stream = open(ana, port, null)) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
            var first = stream.await(named("unread-count"), PATIENCE);
            assertThat(JSON.readTree(first.data()).path("count").asLong()).isEqualTo(1);

            publish(FriendRequestSent.of(UUID.randomUUID(), bruno.id(), ana.id()));

            var told = stream.await(named("notification"), PATIENCE);
            assertThat(JSON.readTree(told.data()).path("text").asString())
                    .isEqualTo("Bruno Reis sent you a friend request.");
            var count = stream.await(event -> event.name().equals("unread-count") && event != first, PATIENCE);
            assertThat(JSON.readTree(count.data()).path("count").asLong()).isEqualTo(2);
            assertThat(Long.parseLong(count.id())).isEqualTo(Long.parseLong(told.id()) + 1);
        }
    }

    @Test
    void heartbeatCommentsComeWhileNothingHappens() {
        try (var stream = open(ana, port, null)) {
            await().atMost(PATIENCE).until(() -> heartbeats(stream) >= 2);
            assertThat(stream.ended()).isFalse();
        }
    }

    @Test
    void aResumeWithLastEventIdGetsExactlyTheEventsMissedInOrder() {
        var first = storedNotification(ana, bruno, Instant.now());
        var second = storedNotification(ana, carla, Instant.now());
        String lastSeen;
        try (var stream = open(ana, port, null)) {
            stream.await(named("unread-count"), PATIENCE);
            api.post(ana, "/api/notifications/" + first + "/read")
                    .expectStatus()
                    .isNoContent();
            lastSeen = stream.await(
                            event -> event.name().equals("unread-count")
                                    && event.data().contains("\"count\":1"),
                            PATIENCE)
                    .id();
        }
        api.delete(ana, "/api/notifications/" + second).expectStatus().isNoContent();
        api.post(ana, "/api/notifications/read-all").expectStatus().isNoContent();
        var missed = db.sql("select seq, event from stream_events where user_id = ? and seq > ? order by seq")
                .params(ana.id(), Long.parseLong(lastSeen))
                .query((rs, row) -> rs.getLong("seq") + " " + rs.getString("event"))
                .list();
        assertThat(missed).as("removed, its count; a deletion of an unread one").hasSize(2);

        try (var stream = open(ana, port, lastSeen)) {
            // A replay is sent whole before the first heartbeat: after one, nothing more is owed.
            await().atMost(PATIENCE).until(() -> heartbeats(stream) >= 1);

            assertThat(stream.events().stream()
                            .map(event -> event.id() + " " + event.name())
                            .toList())
                    .containsExactlyElementsOf(missed);
        }
    }

    @Test
    void aResumeFromEventsNoLongerKeptStartsWithAResetAndTheCount() {
        storedNotification(ana, bruno, Instant.now());
        api.post(ana, "/api/notifications/read-all").expectStatus().isNoContent();
        storedNotification(ana, carla, Instant.now());
        db.sql("delete from stream_events where user_id = ?").param(ana.id()).update();

        try (var stream = open(ana, port, "0")) {
            stream.await(named("unread-count"), PATIENCE);

            assertThat(stream.events()).extracting(EventStream.Event::name).containsExactly("reset", "unread-count");
            assertThat(stream.events().get(1).data()).isEqualTo("{\"count\":1}");
            assertThat(stream.events().get(1).id()).isEqualTo("2");
        }
    }

    @Test
    void aLastEventIdThatIsNoEventIdIsA400NamingIt() throws IOException, InterruptedException {
        var response = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/notifications/stream"))
                        .header("Authorization", "Bearer " + Logins.token(ana))
                        .header("Accept", "text/event-stream")
                        .header("Last-Event-ID", "yesterday")
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JSON.readTree(response.body())
                        .path("errors")
                        .get(0)
                        .path("field")
                        .asString())
                .isEqualTo("Last-Event-ID");
    }

    @Test
    void eachPersonsStreamCarriesOnlyTheirOwnChanges() {
        var anas = storedNotification(ana, bruno, Instant.now());
        try (var brunos = open(bruno, port, null)) {
            brunos.await(named("unread-count"), PATIENCE);

            api.delete(ana, "/api/notifications/" + anas).expectStatus().isNoContent();
            storedNotification(bruno, ana, Instant.now());
            api.post(bruno, "/api/notifications/read-all").expectStatus().isNoContent();

            brunos.await(named("notifications-read"), PATIENCE);
            assertThat(brunos.events()).extracting(EventStream.Event::name).doesNotContain("notification-removed");
        }
    }

    @Test
    void aChangeMadeOnOneInstanceReachesAStreamOpenOnAnother() {
        var id = storedNotification(ana, bruno, Instant.now());
        // No heartbeat within the test's patience: only the fan-out through Redis can bring the change.
        try (var other = LocalApplications.start(
                NotificationServiceApplication.class,
                "fakebook.stream.heartbeat=10m",
                "fakebook.stream.channel=" + STREAM_CHANNEL)) {
            var otherPort = Integer.parseInt(other.getEnvironment().getProperty("local.server.port"));
            try (var stream = open(ana, otherPort, null)) {
                stream.await(named("unread-count"), PATIENCE);

                Api.onPort(port)
                        .delete(ana, "/api/notifications/" + id)
                        .expectStatus()
                        .isNoContent();

                var removed = stream.await(named("notification-removed"), PATIENCE);
                assertThat(removed.data()).contains(id.toString());
                stream.await(
                        event -> event.name().equals("unread-count")
                                && event.data().equals("{\"count\":0}"),
                        PATIENCE);
            }
        }
    }

    private static long heartbeats(EventStream stream) {
        return stream.comments().stream()
                .filter(comment -> comment.text().equals("heartbeat"))
                .count();
    }

    private static EventStream open(TestUser user, int port, @Nullable String lastEventId) {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/notifications/stream"))
                .header("Authorization", "Bearer " + Logins.token(user))
                .header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        return EventStream.open(HTTP, request.build());
    }
}
