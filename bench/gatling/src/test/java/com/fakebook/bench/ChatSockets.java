package com.fakebook.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The chat benchmark's sockets on {@code /ws/chat}, through the gateway with a browser's session cookie and
 * origin, as the web client opens them. Gatling logs the people in (its HTTP side); these sockets then talk, each
 * frame timed where it arrives: Gatling's WebSocket checks wait for one answer to one frame sent, and cannot time a
 * message that arrives, unasked, at the friend's socket.
 *
 * <p>A talking socket sends a message to its conversation every {@code interval} (the first after a random part of
 * one, so the sends spread evenly), and times its {@code ack} ({@link Rounds} "acks") and the arrival of the
 * friend's messages, whose text carries the moment they were sent ({@link Rounds} "receipts"; one clock, one JVM).
 */
final class ChatSockets implements AutoCloseable {

    private static final Pattern TYPE = Pattern.compile("^\\{\"type\":\"([a-z-]+)\"");
    private static final Pattern ACKED = Pattern.compile("\"clientMessageId\":\"([^\"]+)\"");
    private static final Pattern REFUSED = Pattern.compile("\"ref\":\"([^\"]+)\"");
    private static final Pattern BENCH_TEXT = Pattern.compile("\"text\":\"bench (\\d+) (\\d+)\"");

    private final URI endpoint;
    private final String origin;
    private final Rounds acks;
    private final Rounds receipts;
    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .executor(Executors.newVirtualThreadPerTaskExecutor())
            .build();
    private final ScheduledExecutorService clock = Executors.newScheduledThreadPool(2);
    private final List<WebSocket> open = new CopyOnWriteArrayList<>();
    private final Map<String, Long> awaitingAck = new ConcurrentHashMap<>();
    private final AtomicInteger refused = new AtomicInteger();
    private final ExecutorService opener = Executors.newSingleThreadExecutor();
    private final Semaphore connecting;

    ChatSockets(String gatewayUrl, Rounds acks, Rounds receipts, int connectsAtOnce) {
        this.connecting = new Semaphore(connectsAtOnce);
        this.endpoint = URI.create(gatewayUrl.replaceFirst("^http", "ws") + "/ws/chat");
        this.origin = gatewayUrl;
        this.acks = acks;
        this.receipts = receipts;
    }

    /**
     * Starts opening a silent socket for the person with this session; it counts as {@link #open} once the
     * server's welcome came, else as {@link #refused}. Never blocks: Gatling's threads must not wait.
     */
    void openIdle(String sessionCookie) {
        connect(sessionCookie, new Frames(-1), socket -> {});
    }

    /**
     * Starts opening the person's socket; once open, it sends a message to the conversation every
     * {@code interval}. Never blocks.
     */
    void talk(String sessionCookie, int me, String conversationId, Duration interval) {
        connect(sessionCookie, new Frames(me), socket -> {
            var sending = new AtomicInteger();
            clock.scheduleAtFixedRate(
                    () -> send(socket, me, conversationId, sending),
                    ThreadLocalRandom.current().nextLong(interval.toMillis()),
                    interval.toMillis(),
                    TimeUnit.MILLISECONDS);
        });
    }

    /** Sockets opened or refused so far. */
    int settled() {
        return open.size() + refused.get();
    }

    /** Sends that were never acknowledged (counted as failures when the run ends). */
    int unacknowledged() {
        return awaitingAck.size();
    }

    int open() {
        return open.size();
    }

    int refused() {
        return refused.get();
    }

    private void send(WebSocket socket, int me, String conversationId, AtomicInteger sending) {
        if (socket.isOutputClosed() || sending.get() > 0) {
            return; // the previous frame is still on its way out: one at a time per socket
        }
        var clientMessageId = UUID.randomUUID().toString();
        var frame = "{\"type\":\"send\",\"clientMessageId\":\"" + clientMessageId + "\",\"conversationId\":\""
                + conversationId + "\",\"text\":\"bench " + System.currentTimeMillis() + " " + me + "\"}";
        acks.loadStarted();
        receipts.loadStarted();
        awaitingAck.put(clientMessageId, System.nanoTime());
        sending.incrementAndGet();
        socket.sendText(frame, true).whenComplete((sent, failure) -> {
            sending.decrementAndGet();
            if (failure != null && awaitingAck.remove(clientMessageId) != null) {
                acks.failed();
            }
        });
    }

    /**
     * Opens a socket once fewer than {@code connectsAtOnce} are being opened: browsers coming back after an outage
     * are spread over time by their backoff, and a benchmark that opens thousands in the same instant measures a
     * storm no client makes. The wait is on the opener's thread, never Gatling's.
     */
    private void connect(String sessionCookie, Frames frames, Consumer<WebSocket> whenOpen) {
        opener.execute(() -> {
            connecting.acquireUninterruptibly();
            openNow(sessionCookie, frames, whenOpen);
        });
    }

    private void openNow(String sessionCookie, Frames frames, Consumer<WebSocket> whenOpen) {
        client.newWebSocketBuilder()
                .header("Cookie", "SESSION=" + sessionCookie)
                .header("Origin", origin)
                .connectTimeout(Duration.ofSeconds(10))
                .buildAsync(endpoint, frames)
                .thenCompose(socket -> frames.welcomed.thenApply(welcome -> socket))
                .orTimeout(30, TimeUnit.SECONDS)
                .whenComplete((socket, failure) -> {
                    connecting.release();
                    if (failure != null) {
                        refused.incrementAndGet();
                        return;
                    }
                    open.add(socket);
                    whenOpen.accept(socket);
                });
    }

    @Override
    public void close() {
        opener.shutdownNow();
        clock.shutdownNow();
        for (var socket : open) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bench over");
        }
        // Not close(): it waits for every socket's closing handshake, and a socket the server no longer answers
        // would hold the run (and its figures, printed after this) forever.
        client.shutdownNow();
    }

    /** One socket's incoming frames; {@code me} is -1 for a silent one, which only waits for its welcome. */
    private final class Frames implements WebSocket.Listener {

        private final int me;
        private final CompletableFuture<Void> welcomed = new CompletableFuture<>();
        private final StringBuilder partial = new StringBuilder();

        private Frames(int me) {
            this.me = me;
        }

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                arrived(partial.toString(), System.currentTimeMillis(), System.nanoTime());
                partial.setLength(0);
            }
            socket.request(1);
            return null;
        }

        private void arrived(String frame, long nowMillis, long nowNanos) {
            var type = TYPE.matcher(frame);
            if (!type.find()) {
                return;
            }
            switch (type.group(1)) {
                case "welcome" -> welcomed.complete(null);
                case "ack" -> {
                    var acked = ACKED.matcher(frame);
                    if (acked.find()) {
                        var began = awaitingAck.remove(acked.group(1));
                        if (began != null) {
                            acks.succeeded((nowNanos - began) / 1_000_000);
                        }
                    }
                }
                case "error" -> {
                    var refusedSend = REFUSED.matcher(frame);
                    if (refusedSend.find() && awaitingAck.remove(refusedSend.group(1)) != null) {
                        acks.failed();
                    }
                }
                case "message" -> {
                    var bench = BENCH_TEXT.matcher(frame);
                    if (me >= 0 && bench.find() && Integer.parseInt(bench.group(2)) != me) {
                        receipts.succeeded(nowMillis - Long.parseLong(bench.group(1)));
                    }
                }
                default -> {
                    // typing, read, presence, pong...: not timed
                }
            }
        }
    }
}
