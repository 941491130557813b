package com.fakebook.notification.stream;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every person's stream as numbered events in PostgreSQL. A number is taken by incrementing the person's
 * {@code streams} row, whose lock is held until the transaction ends, so a person's numbers are committed in order
 * and without gaps: what a client has not seen is exactly what comes after the last id it saw. After commit the
 * event goes to every instance ({@link FanOut}).
 */
@Component
public class StreamLog {

    private final JdbcClient db;
    private final JsonMapper json;
    private final FanOut fanOut;
    private final Clock clock;

    StreamLog(JdbcClient db, JsonMapper json, FanOut fanOut, Clock clock) {
        this.db = db;
        this.json = json;
        this.fanOut = fanOut;
        this.clock = clock;
    }

    /**
     * Appends an event to the person's stream, in the caller's transaction. A transaction appending to several
     * people's streams must do so in the order of their ids, so that two of them never wait on each other.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void append(UUID user, String event, Object data) {
        var seq = db.sql("""
                        insert into streams (user_id, last_seq) values (?, 1)
                        on conflict (user_id) do update set last_seq = streams.last_seq + 1
                        returning last_seq""").param(user).query(Long.class).single();
        var appended = new StreamEvent(user, seq, event, json.writeValueAsString(data));
        db.sql("insert into stream_events (user_id, seq, event, data, appended_at) values (?, ?, ?, ?, ?)")
                .params(user, seq, event, appended.data(), Timestamp.from(clock.instant()))
                .update();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                fanOut.publish(appended);
            }
        });
    }

    /** The person's events after {@code seq}, oldest first, at most {@code limit}. */
    List<StreamEvent> after(UUID user, long seq, int limit) {
        return db.sql("""
                        select user_id, seq, event, data from stream_events
                        where user_id = ? and seq > ? order by seq limit ?""")
                .params(user, seq, limit)
                .query((rs, row) -> new StreamEvent(
                        rs.getObject("user_id", UUID.class),
                        rs.getLong("seq"),
                        rs.getString("event"),
                        rs.getString("data")))
                .list();
    }

    /** Where the person's stream stands: its last number, and the first one still kept (0 and 1 when empty). */
    Position position(UUID user) {
        return db.sql("""
                        select coalesce((select last_seq from streams where user_id = :user), 0) as last,
                               coalesce((select min(seq) from stream_events where user_id = :user),
                                        (select last_seq + 1 from streams where user_id = :user), 1) as first_kept""").param("user", user).query(Position.class).single();
    }

    /** The last number of each of these people's streams (those with none are left out). */
    Map<UUID, Long> lastOf(Collection<UUID> users) {
        var last = new HashMap<UUID, Long>();
        db.sql("select user_id, last_seq from streams where user_id = any(cast(? as uuid[]))")
                .param(users.stream().map(UUID::toString).toArray(String[]::new))
                .query(rs -> {
                    last.put(rs.getObject("user_id", UUID.class), rs.getLong("last_seq"));
                });
        return last;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void erase(UUID user) {
        db.sql("delete from stream_events where user_id = ?").param(user).update();
        db.sql("delete from streams where user_id = ?").param(user).update();
    }

    /** Forgets events appended before {@code before}; a resume from before them is told to reload. */
    public int prune(Instant before) {
        return db.sql("delete from stream_events where appended_at < ?")
                .param(Timestamp.from(before))
                .update();
    }

    record Position(long last, long firstKept) {}
}
