package com.fakebook.messaging.live;

import com.fakebook.messaging.delivery.Deliveries;
import com.fakebook.messaging.delivery.ServerFrame;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.connection.Message;
import org.springframework.data.redis.connection.MessageListener;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sockets open on this instance, by person. Frames for a person arrive on their Redis channel (every instance
 * listens to all of them, and passes on those it holds sockets for). Each socket sends through a bounded buffer:
 * a client that does not read its frames fast enough is cut off, never let to grow the heap; it reconnects and
 * catches up by sequence.
 */
@Component
class LocalSockets implements MessageListener {

    private static final Logger log = LoggerFactory.getLogger(LocalSockets.class);

    private final Map<UUID, Set<Socket>> byPerson = new ConcurrentHashMap<>();
    private final Map<String, Socket> byId = new ConcurrentHashMap<>();
    private final ChatProperties properties;
    private final JsonMapper json;
    private final Clock clock;

    LocalSockets(ChatProperties properties, JsonMapper json, Clock clock) {
        this.properties = properties;
        this.json = json;
        this.clock = clock;
    }

    /**
     * One open socket: its person, its bounded sender, when it was last heard from, and when the token it was
     * opened with expires (after which it is closed: see {@link Heartbeats}).
     */
    static final class Socket {

        final UUID person;
        final ConcurrentWebSocketSessionDecorator session;
        final long tokenExpiresMillis;
        volatile long lastHeardMillis;

        Socket(UUID person, ConcurrentWebSocketSessionDecorator session, long tokenExpiresMillis, long now) {
            this.person = person;
            this.session = session;
            this.tokenExpiresMillis = tokenExpiresMillis;
            this.lastHeardMillis = now;
        }
    }

    /** Registers the socket; true when it is the person's first on this instance. */
    boolean add(UUID person, WebSocketSession session) {
        var socket = new Socket(
                person,
                new ConcurrentWebSocketSessionDecorator(
                        session,
                        (int) properties.sendTimeLimit().toMillis(),
                        properties.sendBufferLimit(),
                        ConcurrentWebSocketSessionDecorator.OverflowStrategy.TERMINATE),
                tokenExpiresMillis(session),
                clock.millis());
        byId.put(session.getId(), socket);
        var first = new boolean[1];
        byPerson.compute(person, (id, sockets) -> {
            var set = sockets == null ? ConcurrentHashMap.<Socket>newKeySet() : sockets;
            first[0] = set.isEmpty();
            set.add(socket);
            return set;
        });
        return first[0];
    }

    private static long tokenExpiresMillis(WebSocketSession session) {
        if (session.getPrincipal() instanceof JwtAuthenticationToken authentication
                && authentication.getToken().getExpiresAt() != null) {
            return authentication.getToken().getExpiresAt().toEpochMilli();
        }
        return Long.MAX_VALUE;
    }

    /** Forgets the socket; true when it was the person's last on this instance. */
    boolean remove(WebSocketSession session) {
        var socket = byId.remove(session.getId());
        if (socket == null) {
            return false;
        }
        var last = new boolean[1];
        byPerson.computeIfPresent(socket.person, (id, sockets) -> {
            sockets.remove(socket);
            last[0] = sockets.isEmpty();
            return sockets.isEmpty() ? null : sockets;
        });
        return last[0];
    }

    void heard(WebSocketSession session) {
        var socket = byId.get(session.getId());
        if (socket != null) {
            socket.lastHeardMillis = clock.millis();
        }
    }

    /** Sends a frame to one socket (an answer to what it sent). */
    void reply(WebSocketSession session, ServerFrame frame) {
        var socket = byId.get(session.getId());
        if (socket != null) {
            send(socket, json.writeValueAsString(frame));
        }
    }

    Set<UUID> people() {
        return byPerson.keySet();
    }

    List<Socket> sockets() {
        return List.copyOf(byId.values());
    }

    /** How many sockets are open on this instance. */
    int count() {
        return byId.size();
    }

    @Override
    public void onMessage(Message message, byte[] pattern) {
        var channel = new String(message.getChannel(), StandardCharsets.UTF_8);
        var person = Deliveries.personOf(channel);
        if (person == null) {
            return;
        }
        var sockets = byPerson.get(person);
        if (sockets == null) {
            return;
        }
        var text = new String(message.getBody(), StandardCharsets.UTF_8);
        for (var socket : sockets) {
            send(socket, text);
        }
    }

    void send(Socket socket, String text) {
        try {
            socket.session.sendMessage(new TextMessage(text));
        } catch (IOException | RuntimeException e) {
            log.info("Closing a socket of {} that cannot take more frames: {}", socket.person, e.toString());
            close(socket, CloseStatus.SESSION_NOT_RELIABLE);
        }
    }

    void close(Socket socket, CloseStatus status) {
        try {
            socket.session.close(status);
        } catch (IOException | RuntimeException e) {
            log.debug("Socket already gone: {}", e.toString());
        }
    }
}
