package com.fakebook.auth.session;

import com.fakebook.auth.identity.IdentitySession;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One of the caller's sessions as they see it: the browser ({@code userAgent}, absent until the session called
 * Fakebook), the address, when it started and was last seen, and whether it is the one asking.
 */
record SessionView(
        String id,
        @Nullable String userAgent,
        String ipAddress,
        Instant startedAt,
        Instant lastSeenAt,
        boolean current) {

    static SessionView of(IdentitySession session, @Nullable SessionDevice device, @Nullable String currentSessionId) {
        var lastSeen = session.lastAccessAt();
        if (device != null && device.lastSeen().isAfter(lastSeen)) {
            lastSeen = device.lastSeen();
        }
        return new SessionView(
                session.id(),
                device == null ? null : device.userAgent(),
                device == null ? session.ipAddress() : device.ipAddress(),
                session.startedAt(),
                lastSeen,
                session.id().equals(currentSessionId));
    }
}
