package com.fakebook.notification.stream;

import java.io.IOException;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One open stream: sends the person's events in order, each once. An event that is the next one is sent as it
 * comes; one that is not (a message lost or late) makes the connection read what it missed from the log first.
 * Sends are serialized by a lock, so a slow client holds up only its own stream.
 */
final class Connection {

    private static final int BATCH = 500;

    private final UUID user;
    private final SseEmitter emitter;
    private final StreamLog log;
    private final ReentrantLock lock = new ReentrantLock();
    private long lastSent;
    private volatile boolean closed;

    Connection(UUID user, SseEmitter emitter, StreamLog log) {
        this.user = user;
        this.emitter = emitter;
        this.log = log;
    }

    UUID user() {
        return user;
    }

    ReentrantLock lock() {
        return lock;
    }

    long lastSent() {
        return lastSent;
    }

    /** Starts the stream after {@code seq}, with this first event (which is not kept in the log). */
    void startAfter(long seq, String event, String data) {
        lastSent = seq;
        send(seq, event, data);
    }

    /** Starts the stream after {@code seq}, sending every event after it from the log. */
    void resumeAfter(long seq) {
        lastSent = seq;
        catchUp();
    }

    void offer(StreamEvent event) {
        lock.lock();
        try {
            if (closed || event.seq() <= lastSent) {
                return;
            }
            if (event.seq() == lastSent + 1) {
                send(event.seq(), event.event(), event.data());
            } else {
                catchUp();
            }
        } finally {
            lock.unlock();
        }
    }

    /** A comment line, and what the stream may have missed if it is behind {@code last}. */
    void heartbeat(long last) {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            if (last > lastSent) {
                catchUp();
            }
            emitter.send(SseEmitter.event().comment("heartbeat"));
        } catch (IOException | IllegalStateException e) {
            close();
        } finally {
            lock.unlock();
        }
    }

    boolean closed() {
        return closed;
    }

    void close() {
        if (!closed) {
            closed = true;
            emitter.complete();
        }
    }

    private void catchUp() {
        while (!closed) {
            var missed = log.after(user, lastSent, BATCH);
            missed.forEach(event -> send(event.seq(), event.event(), event.data()));
            if (missed.size() < BATCH) {
                return;
            }
        }
    }

    private void send(long seq, String event, String data) {
        if (closed) {
            return;
        }
        try {
            emitter.send(SseEmitter.event().id(Long.toString(seq)).name(event).data(data));
            lastSent = seq;
        } catch (IOException | IllegalStateException e) {
            close();
        }
    }
}
