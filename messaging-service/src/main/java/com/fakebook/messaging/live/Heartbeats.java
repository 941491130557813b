package com.fakebook.messaging.live;

import java.time.Clock;
import java.util.ArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.PingMessage;

/**
 * Every third of the idle timeout: a socket not heard from (no frame, no pong) within the timeout is closed, the
 * others get a ping (which a live client's WebSocket stack answers by itself), and the people with sockets here
 * stay online. A socket whose token has expired is closed too ({@link #TOKEN_EXPIRED}): the client connects again
 * through the gateway, which relays a fresh token while the login lasts and refuses the upgrade once it has ended
 * (logged out, "log out everywhere", the account deleted). So a socket outlives its login by at most a token's
 * lifetime (Keycloak's access tokens: 5 minutes) and a beat.
 */
@Component
class Heartbeats {

    private static final Logger log = LoggerFactory.getLogger(Heartbeats.class);

    /** The close of a socket whose token expired: connect again (a code of the application's range, 4000-4999). */
    static final CloseStatus TOKEN_EXPIRED = new CloseStatus(4401, "token expired: connect again");

    private final LocalSockets sockets;
    private final Presence presence;
    private final ChatProperties properties;
    private final Clock clock;

    Heartbeats(LocalSockets sockets, Presence presence, ChatProperties properties, Clock clock) {
        this.sockets = sockets;
        this.presence = presence;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(
            fixedRateString =
                    "#{@'fakebook.chat-com.fakebook.messaging.live.ChatProperties'.idleTimeout().toMillis() / 3}")
    void beat() {
        var now = clock.millis();
        var deadline = now - properties.idleTimeout().toMillis();
        var dead = new ArrayList<LocalSockets.Socket>();
        for (var socket : sockets.sockets()) {
            if (socket.tokenExpiresMillis <= now) {
                log.debug("Closing a socket of {}: its token expired", socket.person);
                sockets.close(socket, TOKEN_EXPIRED);
                continue;
            }
            if (socket.lastHeardMillis < deadline) {
                dead.add(socket);
                continue;
            }
            try {
                socket.session.sendMessage(new PingMessage());
            } catch (Exception e) {
                dead.add(socket);
            }
        }
        for (var socket : dead) {
            log.info("Closing a silent socket of {}", socket.person);
            sockets.close(socket, CloseStatus.SESSION_NOT_RELIABLE);
        }
        try {
            presence.stillHere(sockets.people());
        } catch (RuntimeException e) {
            log.warn("Presence not refreshed: {}", e.toString());
        }
    }
}
