package com.fakebook.testsupport.sse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.jspecify.annotations.Nullable;

/**
 * A Server-Sent Events stream read as a browser's {@code EventSource} reads it (the WHATWG rules for {@code id},
 * {@code event}, {@code data} and comment lines), on a thread of its own, from the first byte: every event and
 * comment is kept with the moment it arrived, so a test can wait for one and tell when it came.
 */
public final class EventStream implements AutoCloseable {

    /** One dispatched event; {@code id} is the last id seen so far, as a browser keeps it. */
    public record Event(@Nullable String id, String name, String data, Instant at) {}

    /** One comment line (the text after the colon), e.g. a heartbeat. */
    public record Comment(String text, Instant at) {}

    private final HttpResponse<Stream<String>> response;
    private final List<Event> events = new CopyOnWriteArrayList<>();
    private final List<Comment> comments = new CopyOnWriteArrayList<>();
    private final Thread reader;
    private volatile boolean ended;

    private EventStream(HttpResponse<Stream<String>> response) {
        this.response = response;
        this.reader = Thread.ofVirtual().name("event-stream").start(this::read);
    }

    /** Sends the request and, once the response headers came (at most 20 s), reads its body as a stream. */
    public static EventStream open(HttpClient client, HttpRequest request) {
        CompletableFuture<HttpResponse<Stream<String>>> answer =
                client.sendAsync(request, HttpResponse.BodyHandlers.ofLines());
        try {
            return new EventStream(answer.get(20, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io
                    ? new UncheckedIOException(io)
                    : new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("no response headers within 20 s from " + request.uri(), e);
        }
    }

    public int status() {
        return response.statusCode();
    }

    public HttpHeaders headers() {
        return response.headers();
    }

    public List<Event> events() {
        return List.copyOf(events);
    }

    public List<Comment> comments() {
        return List.copyOf(comments);
    }

    /** Whether the server ended the stream (or it broke). */
    public boolean ended() {
        return ended;
    }

    /** Waits (at most {@code timeout}) for an event that matches, and returns the first. */
    public Event await(Predicate<Event> matching, Duration timeout) {
        return Awaitility.await()
                .atMost(timeout)
                .pollInterval(Duration.ofMillis(20))
                .until(() -> events.stream().filter(matching).findFirst(), Optional::isPresent)
                .orElseThrow();
    }

    public static Predicate<Event> named(String name) {
        return event -> event.name().equals(name);
    }

    @Override
    public void close() {
        response.body().close();
        reader.interrupt();
    }

    private void read() {
        String id = null;
        var name = new StringBuilder();
        var data = new StringBuilder();
        try (var lines = response.body()) {
            var iterator = lines.iterator();
            while (iterator.hasNext()) {
                var line = iterator.next();
                if (line.isEmpty()) {
                    if (!data.isEmpty()) {
                        var text = data.substring(0, data.length() - 1);
                        events.add(new Event(id, name.isEmpty() ? "message" : name.toString(), text, Instant.now()));
                    }
                    name.setLength(0);
                    data.setLength(0);
                } else if (line.startsWith(":")) {
                    comments.add(new Comment(line.substring(1).strip(), Instant.now()));
                } else {
                    var colon = line.indexOf(':');
                    var field = colon < 0 ? line : line.substring(0, colon);
                    var value = colon < 0 ? "" : line.substring(colon + 1);
                    if (value.startsWith(" ")) {
                        value = value.substring(1);
                    }
                    switch (field) {
                        case "id" -> id = value;
                        case "event" -> name.replace(0, name.length(), value);
                        case "data" -> data.append(value).append('\n');
                        default -> {}
                    }
                }
            }
        } catch (RuntimeException e) {
            // the stream was closed, by the test or the server
        } finally {
            ended = true;
        }
    }
}
