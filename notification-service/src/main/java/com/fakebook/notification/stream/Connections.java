package com.fakebook.notification.stream;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.task.VirtualThreadTaskExecutor;
import org.springframework.data.redis.connection.Message;
import org.springframework.data.redis.connection.MessageListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The streams this instance holds open, by person. Each is an {@link SseEmitter} on an asynchronous request: an
 * idle stream holds no thread, only its connection and a few objects, so thousands fit in a small heap. Events
 * from Redis ({@link FanOut}) go to the person's open streams; every heartbeat sends a comment on each and brings
 * up to date any that fell behind.
 */
@Component
class Connections implements MessageListener {

    private static final Logger log = LoggerFactory.getLogger(Connections.class);
    private static final TypeReference<List<StreamEvent>> EVENTS = new TypeReference<>() {};

    /** How long a browser waits before reconnecting a dropped stream. */
    private static final Duration RECONNECT = Duration.ofSeconds(3);

    private final Map<UUID, Set<Connection>> open = new ConcurrentHashMap<>();
    private final AtomicInteger count = new AtomicInteger();
    private final StreamLog streams;
    private final UnreadCounts unread;
    private final JsonMapper json;
    private final Duration maxAge;
    /** Each stream's heartbeat on a virtual thread of its own: a client slow to read holds up only its stream. */
    private final VirtualThreadTaskExecutor sending = new VirtualThreadTaskExecutor("notification-heartbeat-");

    Connections(
            StreamLog streams,
            UnreadCounts unread,
            JsonMapper json,
            MeterRegistry meters,
            @Value("${fakebook.stream.max-age:30m}") Duration maxAge) {
        this.streams = streams;
        this.unread = unread;
        this.json = json;
        this.maxAge = maxAge;
        Gauge.builder("fakebook.notification.streams.open", count, AtomicInteger::get)
                .description("Notification streams open on this instance")
                .register(meters);
    }

    /**
     * Opens a stream for the person. Without {@code lastEventId} it starts with the unread count; with one it
     * replays every event after it, or, when those are no longer kept (or the id is not one of theirs), starts
     * with {@code reset} (the client reloads its feed) and the unread count.
     */
    SseEmitter open(UUID user, @Nullable Long lastEventId) {
        var emitter = new SseEmitter(maxAge.toMillis());
        var connection = new Connection(user, emitter, streams);
        emitter.onCompletion(() -> forget(connection));
        emitter.onTimeout(connection::close);
        emitter.onError(error -> connection.close());
        connection.lock().lock();
        try {
            open.computeIfAbsent(user, key -> ConcurrentHashMap.newKeySet()).add(connection);
            count.incrementAndGet();
            emitter.send(SseEmitter.event().reconnectTime(RECONNECT.toMillis()).comment("stream"));
            var position = streams.position(user);
            if (lastEventId != null && lastEventId <= position.last() && lastEventId >= position.firstKept() - 1) {
                connection.resumeAfter(lastEventId);
            } else {
                if (lastEventId != null) {
                    connection.startAfter(position.last(), "reset", "{}");
                }
                connection.startAfter(position.last(), "unread-count", countOf(user));
            }
        } catch (IOException e) {
            connection.close();
        } catch (RuntimeException e) {
            connection.close();
            forget(connection);
            throw e;
        } finally {
            connection.lock().unlock();
        }
        return emitter;
    }

    void deliver(StreamEvent event) {
        var connections = open.get(event.user());
        if (connections != null) {
            connections.forEach(connection -> connection.offer(event));
        }
    }

    @Override
    public void onMessage(Message message, byte @Nullable [] pattern) {
        try {
            json.readValue(message.getBody(), EVENTS).forEach(this::deliver);
        } catch (RuntimeException e) {
            log.warn("Could not hand a stream event to the open streams", e);
        }
    }

    @Scheduled(
            fixedDelayString = "${fakebook.stream.heartbeat:20s}",
            initialDelayString = "${fakebook.stream.heartbeat:20s}")
    void heartbeat() {
        if (open.isEmpty()) {
            return;
        }
        Map<UUID, Long> last;
        try {
            last = streams.lastOf(open.keySet());
        } catch (RuntimeException e) {
            log.warn("Could not read where the streams stand; heartbeats only", e);
            last = Map.of();
        }
        for (var entry : open.entrySet()) {
            var newest = last.getOrDefault(entry.getKey(), 0L);
            entry.getValue().forEach(connection -> sending.execute(() -> connection.heartbeat(newest)));
        }
    }

    int openCount() {
        return count.get();
    }

    private String countOf(UUID user) {
        return json.writeValueAsString(Map.of("count", unread.of(user)));
    }

    private void forget(Connection connection) {
        var connections = open.get(connection.user());
        if (connections != null && connections.remove(connection)) {
            count.decrementAndGet();
            open.computeIfPresent(connection.user(), (user, remaining) -> remaining.isEmpty() ? null : remaining);
        }
    }
}
