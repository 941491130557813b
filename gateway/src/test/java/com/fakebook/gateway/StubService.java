package com.fakebook.gateway;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A stand-in for a service behind the gateway, on a real socket: it records the headers of every request and
 * answers {@code {}}, after a delay if told so; a hanging one holds every request until it is closed.
 */
public final class StubService implements AutoCloseable {

    /** Connections waiting to be accepted: room for the tests' bursts of calls at once. */
    private static final int BACKLOG = 256;

    private final HttpServer server;
    private final List<Map<String, List<String>>> requests = new CopyOnWriteArrayList<>();
    private final CountDownLatch closed = new CountDownLatch(1);

    private StubService(int port, Duration delay) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), BACKLOG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", exchange -> {
            requests.add(Map.copyOf(exchange.getRequestHeaders()));
            holdFor(delay);
            var body = "{}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    public static StubService answering(int port) {
        return new StubService(port, Duration.ZERO);
    }

    /** Answers every request after {@code delay}: a slow but working service. */
    public static StubService answeringAfter(Duration delay) {
        return new StubService(0, delay);
    }

    /** Never answers (until closed). */
    public static StubService hanging() {
        return new StubService(0, Duration.ofDays(1));
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Each request's headers, in order; header names as the JDK's server normalizes them ("Authorization"). */
    public List<Map<String, List<String>>> requests() {
        return List.copyOf(requests);
    }

    public List<String> authorizations() {
        return requests.stream()
                .map(headers ->
                        headers.getOrDefault("Authorization", List.of("")).getFirst())
                .toList();
    }

    private void holdFor(Duration delay) {
        try {
            closed.await(delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closed.countDown();
        server.stop(0);
    }
}
