package com.fakebook.auth.session;

import java.time.Instant;
import java.util.UUID;

/** What auth-service saw of one Keycloak session: the browser ({@code User-Agent}) and address that used it. */
record SessionDevice(
        String sessionId, UUID accountId, String userAgent, String ipAddress, Instant firstSeen, Instant lastSeen) {

    /** User agents are the client's to say; a longer one is cut, not refused. */
    static final int MAX_USER_AGENT = 512;

    SessionDevice {
        userAgent = userAgent.length() > MAX_USER_AGENT ? userAgent.substring(0, MAX_USER_AGENT) : userAgent;
    }
}
