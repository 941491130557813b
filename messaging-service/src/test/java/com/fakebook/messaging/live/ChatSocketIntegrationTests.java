package com.fakebook.messaging.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fakebook.messaging.MessagingIntegrationTest;
import com.fakebook.messaging.MessagingServiceApplication;
import com.fakebook.testsupport.LocalApplications;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/** The live socket: acks, pushes to every member's sockets on any instance, catch-up, errors that keep it open. */
class ChatSocketIntegrationTests extends MessagingIntegrationTest {

    @Test
    void aSendIsAckedWithItsNumberAndPushedToEverySocketOfEveryMember() {
        var id = api.direct(ana, bruno);
        try (var anaPhone = connect(port, ana);
                var anaLaptop = connect(port, ana);
                var brunoPhone = connect(port, bruno);
                var doraPhone = connect(port, dora)) {

            anaPhone.send(Map.of("type", "send", "clientMessageId", "c1", "conversationId", id, "text", "hi Bruno"));

            var ack = anaPhone.next("ack").get("ack");
            assertThat(ack.get("sequence").asLong()).isEqualTo(1);
            assertThat(ack.get("clientMessageId").asString()).isEqualTo("c1");
            var pushed = brunoPhone.next("message").get("message");
            assertThat(pushed.get("text").asString()).isEqualTo("hi Bruno");
            assertThat(pushed.get("sequence").asLong()).isEqualTo(1);
            assertThat(anaLaptop.next("message").get("message").get("id").asString())
                    .as("the sender's other device")
                    .isEqualTo(ack.get("messageId").asString());
            assertThat(doraPhone.receives("message", Duration.ofSeconds(1)))
                    .as("never to someone outside the conversation")
                    .isFalse();
        }
    }

    @Test
    void aResendOfTheSameClientIdGetsTheSameAckAndNoSecondMessage() {
        var id = api.direct(ana, bruno);
        try (var anaPhone = connect(port, ana);
                var brunoPhone = connect(port, bruno)) {
            var frame = Map.of("type", "send", "clientMessageId", "c1", "conversationId", id, "text", "once");

            anaPhone.send(frame);
            var first = anaPhone.next("ack").get("ack");
            anaPhone.send(frame);
            var second = anaPhone.next("ack").get("ack");

            assertThat(second.get("messageId").asString())
                    .isEqualTo(first.get("messageId").asString());
            assertThat(second.get("duplicate").asBoolean()).isTrue();
            brunoPhone.next("message");
            assertThat(brunoPhone.receives("message", Duration.ofSeconds(1))).isFalse();
        }
    }

    @Test
    void badFramesGetAnErrorFrameAndTheSocketStaysUsable() {
        var id = api.direct(ana, bruno);
        var strangers = api.direct(bruno, carla);
        try (var anaPhone = connect(port, ana)) {
            anaPhone.sendText("{not json");
            assertThat(anaPhone.next("error").get("code").asString()).isEqualTo("malformed-frame");

            anaPhone.sendText("{\"type\":\"shout\"}");
            assertThat(anaPhone.next("error").get("code").asString()).isEqualTo("malformed-frame");

            anaPhone.sendText("{\"type\":\"send\",\"text\":\"" + "x".repeat(20_000) + "\"}");
            assertThat(anaPhone.next("error").get("code").asString()).isEqualTo("frame-too-large");

            anaPhone.send(Map.of("type", "send", "clientMessageId", "c1", "conversationId", strangers, "text", "hi"));
            var notIn = anaPhone.next("error");
            assertThat(notIn.get("code").asString()).isEqualTo("conversation-not-found");
            assertThat(notIn.get("ref").asString()).isEqualTo("c1");

            anaPhone.send(Map.of("type", "send", "clientMessageId", "c2", "conversationId", id));
            assertThat(anaPhone.next("error").get("field").asString()).isEqualTo("text");

            anaPhone.send(Map.of("type", "send", "clientMessageId", "c3", "conversationId", id, "text", "still here"));
            assertThat(anaPhone.next("ack").get("ack").get("sequence").asLong()).isEqualTo(1);
            anaPhone.send(Map.of("type", "ping"));
            anaPhone.next("pong");
        }
        try (var anaLaptop = connect(port, ana)) {
            anaLaptop.sendText("{\"type\":\"send\",\"text\":\"" + "x".repeat(30_000) + "\"}");

            await().atMost(PATIENCE).until(() -> anaLaptop.closeCode().isPresent());
            assertThat(anaLaptop.closeCode())
                    .as("a frame a quarter over the protocol's limit closes the socket: the container holds no more")
                    .contains(1009);
        }
    }

    @Test
    void aClientThatWasAwayCatchesUpFromItsLastSequence() {
        var id = api.direct(ana, bruno);
        for (var i = 1; i <= 3; i++) {
            api.send(ana, id, "m" + i, "message " + i);
        }
        try (var brunoPhone = connect(port, bruno)) {
            brunoPhone.send(
                    Map.of("type", "sync", "conversations", List.of(Map.of("conversationId", id, "lastSequence", 1))));

            var missed = brunoPhone.next("messages");

            assertThat(missed.get("conversationId").asString()).isEqualTo(id.toString());
            assertThat(missed.get("messages")
                            .valueStream()
                            .map(m -> m.get("sequence").asLong()))
                    .containsExactly(2L, 3L);
            assertThat(missed.get("hasMore").asBoolean()).isFalse();
        }
    }

    @Test
    void typingAndReceiptsReachTheOtherMember() {
        var id = api.direct(ana, bruno);
        api.send(ana, id, "m1", "hi");
        try (var anaPhone = connect(port, ana);
                var brunoPhone = connect(port, bruno)) {
            brunoPhone.send(Map.of("type", "typing", "conversationId", id));
            assertThat(anaPhone.next("typing").get("userId").asString())
                    .isEqualTo(bruno.id().toString());

            brunoPhone.send(Map.of("type", "delivered", "conversationId", id, "upToSequence", 1));
            assertThat(anaPhone.next("delivered").get("upToSequence").asLong()).isEqualTo(1);
            brunoPhone.send(Map.of("type", "read", "conversationId", id, "upToSequence", 1));
            var read = anaPhone.next("read");
            assertThat(read.get("userId").asString()).isEqualTo(bruno.id().toString());
            assertThat(read.get("upToSequence").asLong()).isEqualTo(1);
        }
    }

    @Test
    void aMessageSentOnOneInstanceReachesASocketOnAnother() {
        var id = api.direct(ana, bruno);
        try (var other = LocalApplications.start(MessagingServiceApplication.class)) {
            var otherPort = ((WebServerApplicationContext) other).getWebServer().getPort();
            try (var anaPhone = connect(port, ana);
                    var brunoPhone = connect(otherPort, bruno)) {

                anaPhone.send(Map.of("type", "send", "clientMessageId", "c1", "conversationId", id, "text", "across"));

                assertThat(brunoPhone.next("message").get("message").get("text").asString())
                        .isEqualTo("across");
                brunoPhone.send(Map.of("type", "send", "clientMessageId", "c2", "conversationId", id, "text", "back"));
                var back = anaPhone.next(
                        frame -> frame.path("message").path("text").asString("").equals("back"),
                        Duration.ofSeconds(10));
                assertThat(back.get("message").get("sequence").asLong()).isEqualTo(2);
            }
        }
    }

    @Test
    void anUpgradeWithoutAValidTokenIsRefused() {
        var anonymous = HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .buildAsync(URI.create("ws://127.0.0.1:" + port + "/ws/chat"), new WebSocket.Listener() {});
        var forged = HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .header("Authorization", "Bearer " + UUID.randomUUID())
                .buildAsync(URI.create("ws://127.0.0.1:" + port + "/ws/chat"), new WebSocket.Listener() {});

        for (var attempt : List.of(anonymous, forged)) {
            assertThat(attempt)
                    .failsWithin(Duration.ofSeconds(10))
                    .withThrowableOfType(ExecutionException.class)
                    .havingCause()
                    .isInstanceOfSatisfying(
                            WebSocketHandshakeException.class,
                            refused -> assertThat(refused.getResponse().statusCode())
                                    .isEqualTo(401));
        }
    }
}
