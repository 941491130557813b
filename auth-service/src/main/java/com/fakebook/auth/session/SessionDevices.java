package com.fakebook.auth.session;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code session_devices} table: one row per Keycloak session auth-service saw in use. */
@Repository
class SessionDevices {

    /** A session used again within this time keeps its row as it is: no write on every request. */
    static final Duration REFRESH_AFTER = Duration.ofMinutes(1);

    private final JdbcClient jdbc;

    SessionDevices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a sighting; the first one of a session makes its row, later ones move {@code last_seen} on. */
    void record(SessionDevice device) {
        jdbc.sql("""
                        insert into session_devices
                            (session_id, account_id, user_agent, ip_address, first_seen, last_seen)
                        values (:sessionId, :accountId, :userAgent, :ipAddress, :firstSeen, :lastSeen)
                        on conflict (session_id) do update
                            set user_agent = excluded.user_agent, ip_address = excluded.ip_address,
                                last_seen = excluded.last_seen
                            where session_devices.account_id = excluded.account_id
                              and (session_devices.last_seen < excluded.last_seen - make_interval(secs => :refresh)
                                   or session_devices.ip_address <> excluded.ip_address
                                   or session_devices.user_agent <> excluded.user_agent)
                        """)
                .param("sessionId", device.sessionId())
                .param("accountId", device.accountId())
                .param("userAgent", device.userAgent())
                .param("ipAddress", device.ipAddress())
                .param("firstSeen", utc(device.firstSeen()))
                .param("lastSeen", utc(device.lastSeen()))
                .param("refresh", REFRESH_AFTER.toSeconds())
                .update();
    }

    Map<String, SessionDevice> ofAccount(UUID accountId) {
        return jdbc
                .sql("""
                        select session_id, account_id, user_agent, ip_address, first_seen, last_seen
                        from session_devices where account_id = :accountId
                        """)
                .param("accountId", accountId)
                .query((row, number) -> new SessionDevice(
                        row.getString("session_id"),
                        row.getObject("account_id", UUID.class),
                        row.getString("user_agent"),
                        row.getString("ip_address"),
                        row.getObject("first_seen", OffsetDateTime.class).toInstant(),
                        row.getObject("last_seen", OffsetDateTime.class).toInstant()))
                // list(), not stream(): an unclosed stream keeps its connection out of the pool for good.
                .list()
                .stream()
                .collect(Collectors.toMap(SessionDevice::sessionId, Function.identity()));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    void remove(String sessionId) {
        jdbc.sql("delete from session_devices where session_id = :sessionId")
                .param("sessionId", sessionId)
                .update();
    }

    void removeAllOf(UUID accountId) {
        jdbc.sql("delete from session_devices where account_id = :accountId")
                .param("accountId", accountId)
                .update();
    }
}
