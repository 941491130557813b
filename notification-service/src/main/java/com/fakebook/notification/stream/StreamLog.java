package com.fakebook.notification.stream;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
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
 * transaction's events go to every instance together ({@link FanOut}).
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
     * Holds the person's stream until the transaction ends: another transaction appending to it waits, so what this
     * one reads after holding it (an unread count, say) is what its appended events will say. A transaction holding
     * several people's streams must take them in the order of their ids, so that two of them never wait on each
     * other.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void hold(UUID user) {
        db.sql("""
                        insert into streams (user_id, last_seq) values (?, 0)
                        on conflict (user_id) do update set last_seq = streams.last_seq""").param(user).update();
    }

    /**
     * Appends the events to the person's stream, in this order and in one statement, in the caller's transaction; they
     * are numbered by incrementing the person's {@code streams} row, which stays held (see {@link #hold}). After
     * commit they go to every instance, with the rest of the transaction's.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void append(UUID user, List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        var events = entries.stream().map(Entry::event).toArray(String[]::new);
        var data = entries.stream()
                .map(entry -> json.writeValueAsString(entry.data()))
                .toArray(String[]::new);
        var appended = db.sql("""
                        with numbered as (
                            insert into streams (user_id, last_seq) values (:user, :count)
                            on conflict (user_id) do update set last_seq = streams.last_seq + :count
                            returning last_seq)
                        insert into stream_events (user_id, seq, event, data, appended_at)
                        select :user, numbered.last_seq - :count + entry.position, entry.event, entry.data, :at
                        from numbered,
                             unnest(cast(:events as text[]), cast(:data as text[]))
                                 with ordinality as entry (event, data, position)
                        returning user_id, seq, event, data""")
                .param("user", user)
                .param("count", entries.size())
                .param("events", events)
                .param("data", data)
                .param("at", Timestamp.from(clock.instant()))
                .query(StreamLog::event)
                .list();
        publishAfterCommit(appended);
    }

    /**
     * Gathers the events the transaction appends, to every person's stream, and hands them to {@link FanOut} in one
     * go once it has committed (nothing when it rolls back).
     */
    private void publishAfterCommit(List<StreamEvent> appended) {
        @SuppressWarnings("unchecked")
        var pending = (List<StreamEvent>) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            var events = new ArrayList<StreamEvent>();
            TransactionSynchronizationManager.bindResource(this, events);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(StreamLog.this);
                    if (status == STATUS_COMMITTED) {
                        fanOut.publish(events);
                    }
                }
            });
            pending = events;
        }
        pending.addAll(appended);
    }

    /** The person's events after {@code seq}, oldest first, at most {@code limit}. */
    List<StreamEvent> after(UUID user, long seq, int limit) {
        return db.sql("""
                        select user_id, seq, event, data from stream_events
                        where user_id = ? and seq > ? order by seq limit ?""").params(user, seq, limit).query(StreamLog::event).list();
    }

    /** Where the person's stream stands: its last number, and the first one still kept (0 and 1 when empty). */
    Position position(UUID user) {
        return db.sql("""
                        select coalesce((select last_seq from streams where user_id = :user), 0) as last,
                               coalesce((select min(seq) from stream_events where user_id = :user),
                                        (select last_seq + 1 from streams where user_id = :user), 1) as first_kept""")
                .param("user", user)
                .query((rs, row) -> new Position(rs.getLong("last"), rs.getLong("first_kept")))
                .single();
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

    private static StreamEvent event(ResultSet rs, int row) throws SQLException {
        return new StreamEvent(
                rs.getObject("user_id", UUID.class), rs.getLong("seq"), rs.getString("event"), rs.getString("data"));
    }

    /** An event to append: its name and what its JSON is made of. */
    public record Entry(String event, Object data) {}

    record Position(long last, long firstKept) {}
}
