package com.fakebook.notification.stream;

import com.fakebook.notification.system.InvalidField;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

@RestController
class StreamController {

    private final Connections connections;

    StreamController(Connections connections) {
        this.connections = connections;
    }

    /**
     * The caller's live stream: {@code notification}, {@code notification-removed}, {@code notifications-read},
     * {@code unread-count} and {@code reset} events, each with its id, and heartbeat comments
     * (docs/notification-stream.md).
     */
    @GetMapping("/api/notifications/stream")
    SseEmitter stream(
            @AuthenticationPrincipal Jwt token,
            @RequestHeader(name = "Last-Event-ID", required = false) @Nullable String lastEventId,
            HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader("X-Accel-Buffering", "no");
        return connections.open(UUID.fromString(token.getSubject()), parse(lastEventId));
    }

    private static @Nullable Long parse(@Nullable String lastEventId) {
        if (lastEventId == null || lastEventId.isBlank()) {
            return null;
        }
        try {
            var id = Long.parseLong(lastEventId.trim());
            if (id >= 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidField("Last-Event-ID", "This is not an event id of this stream.");
    }
}
