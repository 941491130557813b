package com.fakebook.friend.suggestion;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The queue of people whose suggestion lists are to be computed again ({@code suggestion_refreshes}): one row per
 * person, the earliest due time and the highest priority of what queued them, and a generation bumped by every
 * queuing. A row due at {@code infinity} marks a list as outdated without queuing it: it is queued when its owner
 * next reads it ({@link #dueNow}). Rows are always written in the order of their ids, so transactions queuing
 * overlapping people (two accepts sharing friends) wait for each other instead of deadlocking.
 */
@Component
class SuggestionRefreshes {

    /** The person's own friendships changed, or they have no list: computed first. */
    static final int OWN = 0;

    /** A count in the person's list changed (a friend's friendships did), or the list aged: computed after. */
    static final int SECONDARY = 1;

    /** The due time of a list only marked outdated. */
    static final Instant WHEN_READ = Instant.parse("9999-12-31T00:00:00Z");

    private static final String UPSERT = """
            on conflict (user_id) do update
            set priority = least(suggestion_refreshes.priority, excluded.priority),
                due_at = least(suggestion_refreshes.due_at, excluded.due_at),
                generation = suggestion_refreshes.generation + 1""";

    private final JdbcClient db;

    SuggestionRefreshes(JdbcClient db) {
        this.db = db;
    }

    /** A person's list, claimed by a worker until its lease ends; done only if nobody queued it again meanwhile. */
    record Claim(UUID person, long generation) {}

    void queue(UUID person, int priority, Instant due) {
        db.sql("insert into suggestion_refreshes (user_id, priority, due_at) values (?, ?, ?) " + UPSERT)
                .params(person, priority, Timestamp.from(due))
                .update();
    }

    /**
     * The friendship of the two started or ended: both lists are queued ({@link #OWN}, due {@code due}), and those of
     * the newest {@code fanOut} friends of each, in whose lists the other one's mutual count changed, are marked
     * outdated ({@link #SECONDARY}, {@link #WHEN_READ}): computing them all would cost a list per friend for every
     * friendship, mostly for people who do not look. The friends past {@code fanOut} (only people with very many
     * friends have them) see the change when their lists next age.
     */
    void queueFriendshipChange(UUID one, UUID other, int fanOut, Instant due) {
        db.sql("""
                        insert into suggestion_refreshes (user_id, priority, due_at)
                        select queued.user_id, min(queued.priority), min(queued.due_at)
                        from (select cast(:one as uuid) as user_id, 0 as priority, cast(:due as timestamptz) as due_at
                              union all select cast(:other as uuid), 0, cast(:due as timestamptz)
                              union all (select friend_id, 1, cast(:whenRead as timestamptz)
                                         from friendships where user_id = :one
                                         order by since desc, friend_id desc limit :fanOut)
                              union all (select friend_id, 1, cast(:whenRead as timestamptz)
                                         from friendships where user_id = :other
                                         order by since desc, friend_id desc limit :fanOut)) queued
                        group by queued.user_id
                        order by queued.user_id
                        """ + UPSERT)
                .param("one", one)
                .param("other", other)
                .param("fanOut", fanOut)
                .param("due", Timestamp.from(due))
                .param("whenRead", Timestamp.from(WHEN_READ))
                .update();
    }

    /** The generation of the person's row, if they are queued or marked outdated. */
    Optional<Long> pending(UUID person) {
        return db.sql("select generation from suggestion_refreshes where user_id = ?")
                .param(person)
                .query(Long.class)
                .optional();
    }

    /** A list marked outdated is queued, due {@code now}, for its owner reads it. */
    void dueNow(UUID person, Instant now) {
        db.sql("update suggestion_refreshes set due_at = ? where user_id = ? and due_at > ?")
                .params(Timestamp.from(now), person, Timestamp.from(now))
                .update();
    }

    /** Every friend of the person, due {@code due} ({@link #OWN}: their own friendships change, as the person leaves). */
    void queueAllFriendsOf(UUID person, Instant due) {
        db.sql("""
                        insert into suggestion_refreshes (user_id, priority, due_at)
                        select friend_id, 0, :due from friendships where user_id = :person
                        order by friend_id
                        """ + UPSERT)
                .param("person", person)
                .param("due", Timestamp.from(due))
                .update();
    }

    /**
     * Leases up to {@code batch} people due by {@code now}, highest priority and earliest first, until
     * {@code leasedUntil}; rows another worker holds (leased, or being leased right now) are skipped.
     */
    List<Claim> claim(Instant now, int batch, Instant leasedUntil) {
        return db.sql("""
                        update suggestion_refreshes r set leased_until = :leasedUntil
                        from (select user_id from suggestion_refreshes
                              where due_at <= :now and (leased_until is null or leased_until <= :now)
                              order by priority, due_at
                              limit :batch
                              for update skip locked) next
                        where r.user_id = next.user_id
                        returning r.user_id, r.generation""")
                .param("now", Timestamp.from(now))
                .param("batch", batch)
                .param("leasedUntil", Timestamp.from(leasedUntil))
                .query((rs, row) -> new Claim(rs.getObject("user_id", UUID.class), rs.getLong("generation")))
                .list();
    }

    /**
     * The claimed list was computed: its row goes, unless the person was queued again since the claim (a change
     * the computation may not have seen): then it stays, due, and is claimed again once the lease ends or at once.
     */
    boolean done(Claim claim) {
        var deleted = db.sql("delete from suggestion_refreshes where user_id = ? and generation = ?")
                .params(claim.person(), claim.generation())
                .update();
        if (deleted == 0) {
            db.sql("update suggestion_refreshes set leased_until = null where user_id = ?")
                    .param(claim.person())
                    .update();
        }
        return deleted == 1;
    }

    /** People queued (not only marked outdated). */
    long waiting() {
        return db.sql("select count(*) from suggestion_refreshes where due_at < ?")
                .param(Timestamp.from(WHEN_READ))
                .query(Long.class)
                .single();
    }
}
