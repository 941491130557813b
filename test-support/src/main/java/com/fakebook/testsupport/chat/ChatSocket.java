package com.fakebook.testsupport.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A chat socket as a client holds it: frames sent as JSON, frames received kept in order until asked for. */
public final class ChatSocket implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final WebSocket socket;
    private final BlockingQueue<JsonNode> received;
    private final List<JsonNode> skipped = new ArrayList<>();

    private final Collector collector;

    private ChatSocket(WebSocket socket, BlockingQueue<JsonNode> received, Collector collector) {
        this.socket = socket;
        this.received = received;
        this.collector = collector;
    }

    /**
     * Connects with these handshake headers (a bearer token to a service; the session cookie and Origin through the
     * gateway), and waits for the server's welcome.
     */
    public static ChatSocket open(URI uri, Map<String, String> headers) {
        var received = new LinkedBlockingQueue<JsonNode>();
        var builder = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5));
        headers.forEach(builder::header);
        var collector = new Collector(received);
        var socket = builder.buildAsync(uri, collector).join();
        var client = new ChatSocket(socket, received, collector);
        client.next("welcome");
        return client;
    }

    public void send(Object frame) {
        sendText(JSON.writeValueAsString(frame));
    }

    public void sendText(String text) {
        socket.sendText(text, true).join();
    }

    /** The next frame of this type (others before it are kept aside), waiting up to ten seconds. */
    public JsonNode next(String type) {
        return next(frame -> type.equals(frame.path("type").asString()), Duration.ofSeconds(10));
    }

    public JsonNode next(Predicate<JsonNode> matching, Duration patience) {
        for (var frame : List.copyOf(skipped)) {
            if (matching.test(frame)) {
                skipped.remove(frame);
                return frame;
            }
        }
        var deadline = System.nanoTime() + patience.toNanos();
        try {
            while (true) {
                var frame = received.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                assertThat(frame)
                        .as("a frame matching, within %s (kept aside: %s)", patience, skipped)
                        .isNotNull();
                if (matching.test(frame)) {
                    return frame;
                }
                skipped.add(frame);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Whether a frame of this type has come (or comes within the patience). */
    public boolean receives(String type, Duration patience) {
        try {
            next(frame -> type.equals(frame.path("type").asString()), patience);
            return true;
        } catch (AssertionError none) {
            return false;
        }
    }

    public boolean isOpen() {
        return !socket.isInputClosed();
    }

    /** The status code the server closed the socket with, once it has. */
    public Optional<Integer> closeCode() {
        return Optional.ofNullable(collector.closeCode.get());
    }

    @Override
    public void close() {
        socket.abort();
    }

    private static final class Collector implements WebSocket.Listener {

        private final StringBuilder partial = new StringBuilder();
        private final BlockingQueue<JsonNode> target;
        private final AtomicReference<Integer> closeCode = new AtomicReference<>();

        Collector(BlockingQueue<JsonNode> target) {
            this.target = target;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                target.add(JSON.readTree(partial.toString()));
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closeCode.set(statusCode);
            return null;
        }
    }
}
