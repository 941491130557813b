package com.fakebook.e2e;

import static com.fakebook.e2e.People.GATEWAY;
import static com.fakebook.e2e.People.PATIENCE;
import static com.fakebook.e2e.People.arrive;
import static com.fakebook.e2e.People.becomeFriends;
import static com.fakebook.e2e.People.json;
import static com.fakebook.e2e.People.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fakebook.testsupport.chat.ChatSocket;
import com.fakebook.testsupport.keycloak.BrowserSession;
import com.fakebook.testsupport.keycloak.KeycloakTestUsers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Chat through the gateway against the running system, as two friends use it: each browser opens the live socket
 * with its session cookie from Fakebook's own page; a message goes from one to the other at once; the one who was
 * away catches up by sequence number. A socket from a foreign page, or without a session, is refused.
 */
class ChatJourneyIntegrationTests {

    static final URI SOCKET =
            URI.create(GATEWAY.toString().replaceFirst("^http", "ws")).resolve("/ws/chat");

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
    void twoFriendsChatLiveAndTheOneWhoWasAwayCatchesUp() {
        var anaUser = users.create();
        var brunoUser = users.create();
        var ana = arrive(anaUser);
        var bruno = arrive(brunoUser);
        becomeFriends(ana, anaUser, bruno, brunoUser);

        var opened = new String[1];
        await().atMost(PATIENCE).until(() -> {
            var response = send(
                    ana,
                    HttpRequest.newBuilder(GATEWAY.resolve("/api/conversations/direct"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"userId\":\"" + brunoUser.id() + "\"}")));
            opened[0] = response.body();
            return response.statusCode() / 100 == 2;
        });
        var conversationId = People.JSON.readTree(opened[0]).get("id").asString();

        try (var anaSocket = socketOf(ana);
                var brunoSocket = socketOf(bruno)) {
            anaSocket.send(Map.of(
                    "type", "send", "clientMessageId", "hello-1", "conversationId", conversationId, "text", "Olá!"));

            assertThat(anaSocket.next("ack").get("ack").get("sequence").asLong())
                    .isEqualTo(1);
            var received = brunoSocket.next("message").get("message");
            assertThat(received.get("text").asString()).isEqualTo("Olá!");
            assertThat(received.get("senderId").asString())
                    .isEqualTo(anaUser.id().toString());

            brunoSocket.send(Map.of("type", "read", "conversationId", conversationId, "upToSequence", 1));
            assertThat(anaSocket.next("read").get("userId").asString())
                    .isEqualTo(brunoUser.id().toString());
        }

        for (var text : List.of("are you there?", "call me")) {
            var sent = send(
                    ana,
                    HttpRequest.newBuilder(GATEWAY.resolve("/api/conversations/" + conversationId + "/messages"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(People.JSON.writeValueAsString(
                                    Map.of("clientMessageId", "m-" + text.length(), "text", text)))));
            assertThat(sent.statusCode()).isEqualTo(201);
        }
        try (var brunoSocket = socketOf(bruno)) {
            brunoSocket.send(Map.of(
                    "type",
                    "sync",
                    "conversations",
                    List.of(Map.of("conversationId", conversationId, "lastSequence", 1))));
            var missed = brunoSocket.next("messages").get("messages");
            assertThat(missed.valueStream().map(message -> message.get("text").asString()))
                    .containsExactly("are you there?", "call me");
        }
        var list = json(bruno.get(GATEWAY.resolve("/api/conversations"))).get("items");
        assertThat(list.get(0).get("unreadCount").asLong()).isEqualTo(2);
        assertThat(list.get(0).get("name").asString()).isNotBlank();
    }

    @Test
    void aSocketFromAForeignPageOrWithoutASessionIsRefused() {
        var anaUser = users.create();
        var ana = arrive(anaUser);
        var session = ana.cookie("SESSION").orElseThrow().getValue();

        assertThat(handshakeStatus(Map.of("Cookie", "SESSION=" + session, "Origin", "https://evil.example")))
                .isEqualTo(403);
        assertThat(handshakeStatus(Map.of("Origin", GATEWAY.toString()))).isEqualTo(401);
    }

    /** The socket as the web client opens it: the browser sends the session cookie and the page's origin. */
    private static ChatSocket socketOf(BrowserSession browser) {
        var session = browser.cookie("SESSION").orElseThrow().getValue();
        return ChatSocket.open(SOCKET, Map.of("Cookie", "SESSION=" + session, "Origin", origin()));
    }

    private static int handshakeStatus(Map<String, String> headers) {
        var builder = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5));
        headers.forEach(builder::header);
        try {
            builder.buildAsync(SOCKET, new WebSocket.Listener() {}).get().abort();
            return 101;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException refused) {
                return refused.getResponse().statusCode();
            }
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String origin() {
        return GATEWAY.getScheme() + "://" + GATEWAY.getAuthority();
    }
}
