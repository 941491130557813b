package com.fakebook.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Notification streams read through the gateway as a browser's {@code EventSource} reads them: {@code GET
 * /api/notifications/stream} with the person's session cookie, one HTTP/1.1 connection per stream, each read line by
 * line on a virtual thread of its own. Every {@code notification} event is recorded with the moment it arrived, its
 * {@code subjectId} (for a friend request, the request's id) and its {@code createdAt} (the event's own time, which
 * friend-service took in the transaction that committed the request). Not a browser: nothing is rendered, so the
 * figures are the system's, not a page's.
 */
final class NotificationStreams implements AutoCloseable {

    private static final Pattern SUBJECT = Pattern.compile("\"subjectId\":\"([0-9a-f-]{36})\"");
    private static final Pattern CREATED = Pattern.compile("\"createdAt\":\"([^\"]+)\"");

    /** A notification as it came on a stream. */
    record Arrival(String subjectId, Instant createdAt, Instant arrivedAt) {}

    private final String baseUrl;
    private final HttpClient http;
    private final ExecutorService readers = Executors.newVirtualThreadPerTaskExecutor();
    private final List<Stream<String>> bodies = new CopyOnWriteArrayList<>();
    private final Map<String, Arrival> firstArrivals = new ConcurrentHashMap<>();
    private final AtomicInteger opened = new AtomicInteger();
    private final AtomicInteger started = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicInteger ended = new AtomicInteger();
    private final AtomicLong notifications = new AtomicLong();
    private final AtomicLong heartbeats = new AtomicLong();
    /** Events received on all streams together, by name. */
    private final Map<String, AtomicLong> events = new ConcurrentHashMap<>();
    /** Per stream: when its last heartbeat came (epoch ms), so a probe can tell that every stream still gets them. */
    private final Map<Integer, Long> lastHeartbeat = new ConcurrentHashMap<>();
    /** Per subject: on how many streams it arrived (a person with several streams gets it on each). */
    private final Map<String, AtomicInteger> copies = new ConcurrentHashMap<>();

    /** Streams from {@code baseUrl}: the gateway, or (with tokens) a notification-service instance. */
    NotificationStreams(String baseUrl) {
        this.baseUrl = baseUrl;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(30))
                .executor(Executors.newVirtualThreadPerTaskExecutor())
                .build();
    }

    /**
     * Opens a stream with this gateway session and reads it until it ends or {@link #close()}; returns at once. The
     * stream counts as started when its first event (the unread count) came.
     */
    void open(String session) {
        open("Cookie", "SESSION=" + session);
    }

    /** The same straight to a notification-service (the base URL given), with the person's access token. */
    void openWithToken(String token) {
        open("Authorization", "Bearer " + token);
    }

    private void open(String header, String value) {
        var number = opened.incrementAndGet();
        var request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/notifications/stream"))
                .header("Accept", "text/event-stream")
                .header(header, value)
                .GET()
                .build();
        readers.execute(() -> read(number, request));
    }

    private void read(int number, HttpRequest request) {
        try {
            var response = http.send(request, HttpResponse.BodyHandlers.ofLines());
            if (response.statusCode() != 200) {
                failed.incrementAndGet();
                response.body().close();
                return;
            }
            bodies.add(response.body());
            var event = new StringBuilder();
            var data = new StringBuilder();
            var first = true;
            for (var iterator = response.body().iterator(); iterator.hasNext(); ) {
                var line = iterator.next();
                if (line.isEmpty()) {
                    if (first && !event.isEmpty()) {
                        first = false;
                        started.incrementAndGet();
                    }
                    if (!event.isEmpty()) {
                        events.computeIfAbsent(event.toString(), key -> new AtomicLong())
                                .incrementAndGet();
                    }
                    if ("notification".contentEquals(event)) {
                        notification(data.toString());
                    }
                    event.setLength(0);
                    data.setLength(0);
                } else if (line.startsWith("event:")) {
                    event.append(line.substring(6).trim());
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5).trim());
                } else if (line.startsWith(":") && line.contains("heartbeat")) {
                    // A comment: Spring writes ":heartbeat" (no space), which an EventSource ignores as it does
                    // ": heartbeat".
                    heartbeats.incrementAndGet();
                    lastHeartbeat.put(number, System.currentTimeMillis());
                }
            }
        } catch (IOException | UncheckedIOException e) {
            failed.incrementAndGet();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            ended.incrementAndGet();
        }
    }

    private void notification(String json) {
        var arrivedAt = Instant.now();
        notifications.incrementAndGet();
        var subject = SUBJECT.matcher(json);
        var created = CREATED.matcher(json);
        if (subject.find() && created.find()) {
            var id = subject.group(1);
            copies.computeIfAbsent(id, key -> new AtomicInteger()).incrementAndGet();
            firstArrivals.putIfAbsent(id, new Arrival(id, Instant.parse(created.group(1)), arrivedAt));
        }
    }

    Optional<Arrival> arrival(String subjectId) {
        return Optional.ofNullable(firstArrivals.get(subjectId));
    }

    int copiesOf(String subjectId) {
        var count = copies.get(subjectId);
        return count == null ? 0 : count.get();
    }

    int opened() {
        return opened.get();
    }

    /** Streams whose first event came. */
    int started() {
        return started.get();
    }

    /** Streams refused, or broken by an error. */
    int failed() {
        return failed.get();
    }

    /** Streams that ended, for whatever reason. */
    int ended() {
        return ended.get();
    }

    long notifications() {
        return notifications.get();
    }

    /** How many events of this name came, on all streams together. */
    long events(String name) {
        var count = events.get(name);
        return count == null ? 0 : count.get();
    }

    long heartbeats() {
        return heartbeats.get();
    }

    /** How many streams had a heartbeat at or after {@code since} (epoch ms). */
    long heartbeatsSince(long since) {
        return lastHeartbeat.values().stream().filter(at -> at >= since).count();
    }

    /** Waits until {@code condition} holds or {@code timeout} passes; whether it held. */
    static boolean await(Duration timeout, java.util.function.BooleanSupplier condition) {
        var until = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < until) {
            if (condition.getAsBoolean()) {
                return true;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return condition.getAsBoolean();
    }

    @Override
    public void close() {
        bodies.forEach(Stream::close);
        readers.shutdownNow();
        http.shutdownNow();
    }
}
