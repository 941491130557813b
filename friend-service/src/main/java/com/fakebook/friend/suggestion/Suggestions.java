package com.fakebook.friend.suggestion;

import com.fakebook.friend.people.PersonView;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Suggestion lists: computed by walking the friend graph, stored, and read from storage.
 *
 * <p>The walk: the caller's friends (an index range of {@code friendships}), their friends (one index range each;
 * the primary key includes {@code since}, so the walk reads only the index), grouped by person reached: the count is
 * the mutual friends; ties go to the newest path (a path is as new as the newer of its two friendships). Its cost
 * is the sum of the friend counts of the caller's friends, ten to twenty thousand index entries for an ordinary
 * person, too much for every request: hence the stored list, read with one index range, and computed by
 * {@link SuggestionRefresher} off the request path.
 */
@Component
class Suggestions {

    static final int KEPT = 50;
    private static final int MUTUAL_SHOWN = 3;

    private final JdbcClient db;

    Suggestions(JdbcClient db) {
        this.db = db;
    }

    record Stored(PersonView person, long mutualCount, List<UUID> mutualIds) {}

    /** When the person's stored list was computed; empty when they have none yet. */
    Optional<Instant> computedAt(UUID person) {
        return db.sql("select computed_at from suggestion_lists where user_id = ?")
                .param(person)
                .query((rs, row) -> rs.getTimestamp("computed_at").toInstant())
                .optional();
    }

    /** Whether the person has at most {@code most} friends (counting stops past it). */
    boolean hasAtMostFriends(UUID person, int most) {
        return db.sql("select count(*) from (select 1 from friendships where user_id = ? limit ?) f")
                        .params(person, most + 1)
                        .query(Long.class)
                        .single()
                <= most;
    }

    /**
     * Computes the person's list again and stores it. The list's row is written first: it stays locked until the
     * transaction ends, so two computations of one list run one after the other.
     */
    void recompute(UUID person, Instant at) {
        db.sql("""
                        insert into suggestion_lists (user_id, computed_at) values (?, ?)
                        on conflict (user_id) do update set computed_at = excluded.computed_at""").params(person, Timestamp.from(at)).update();
        db.sql("delete from suggestion_candidates where user_id = ?")
                .param(person)
                .update();
        db.sql("""
                        with candidates as (
                            select theirs.friend_id as candidate,
                                   count(*) as mutual_count,
                                   max(greatest(mine.since, theirs.since)) as newest_path
                            from friendships mine
                            join friendships theirs on theirs.user_id = mine.friend_id
                            where mine.user_id = :person and theirs.friend_id <> :person
                            group by theirs.friend_id
                        ), ranked as (
                            select c.* from candidates c
                            where not exists (select 1 from friendships f
                                              where f.user_id = :person and f.friend_id = c.candidate)
                              and not exists (select 1 from blocks b
                                              where (b.blocker_id = :person and b.blocked_id = c.candidate)
                                                 or (b.blocker_id = c.candidate and b.blocked_id = :person))
                              and not exists (select 1 from dismissed_suggestions d
                                              where d.user_id = :person and d.dismissed_id = c.candidate)
                            order by c.mutual_count desc, c.newest_path desc, c.candidate
                            limit :kept
                        )
                        insert into suggestion_candidates (user_id, candidate_id, mutual_count, newest_path, mutual_ids)
                        select :person, r.candidate, r.mutual_count, r.newest_path, mutual.ids
                        from ranked r
                        cross join lateral (
                            select coalesce(array_agg(m.id order by m.since desc, m.id), '{}') as ids
                            from (select mine.friend_id as id, theirs.since
                                  from friendships mine
                                  join friendships theirs on theirs.user_id = mine.friend_id
                                                         and theirs.friend_id = r.candidate
                                  where mine.user_id = :person
                                  order by theirs.since desc, mine.friend_id
                                  limit :shown) m
                        ) mutual""")
                .param("person", person)
                .param("kept", KEPT)
                .param("shown", MUTUAL_SHOWN)
                .update();
    }

    /**
     * The stored list, best first, without whoever the person befriended, exchanged a request with, blocked or was
     * blocked by, or dismissed since it was computed.
     */
    List<Stored> stored(UUID person, int limit) {
        return db.sql("""
                        select p.id, p.display_name, p.avatar_url, c.mutual_count, c.mutual_ids
                        from suggestion_candidates c join people p on p.id = c.candidate_id
                        where c.user_id = :person
                          and not exists (select 1 from friendships f
                                          where f.user_id = :person and f.friend_id = c.candidate_id)
                          and not exists (select 1 from friend_requests r
                                          where r.pair_low = least(:person, c.candidate_id)
                                            and r.pair_high = greatest(:person, c.candidate_id))
                          and not exists (select 1 from blocks b
                                          where (b.blocker_id = :person and b.blocked_id = c.candidate_id)
                                             or (b.blocker_id = c.candidate_id and b.blocked_id = :person))
                          and not exists (select 1 from dismissed_suggestions d
                                          where d.user_id = :person and d.dismissed_id = c.candidate_id)
                        order by c.mutual_count desc, c.newest_path desc, c.candidate_id
                        limit :limit""")
                .param("person", person)
                .param("limit", limit)
                .query((rs, row) -> new Stored(
                        new PersonView(
                                rs.getObject("id", UUID.class),
                                rs.getString("display_name"),
                                rs.getString("avatar_url")),
                        rs.getLong("mutual_count"),
                        Arrays.asList((UUID[]) rs.getArray("mutual_ids").getArray())))
                .list();
    }

    Map<UUID, PersonView> people(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return db
                .sql("select id, display_name, avatar_url from people where id = any(cast(? as uuid[]))")
                .param(ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}")))
                .query(PersonView::read)
                .list()
                .stream()
                .collect(Collectors.toMap(PersonView::id, Function.identity()));
    }

    boolean dismiss(UUID person, UUID dismissed, Instant at) {
        return db.sql("""
                        insert into dismissed_suggestions (user_id, dismissed_id, dismissed_at)
                        values (?, ?, ?) on conflict do nothing""").params(person, dismissed, Timestamp.from(at)).update() == 1;
    }

    /** Everything about the person here: their dismissals, others' of them, their list, and their place in others'. */
    void forget(UUID person) {
        db.sql("delete from dismissed_suggestions where user_id = ? or dismissed_id = ?")
                .params(person, person)
                .update();
        db.sql("delete from suggestion_candidates where candidate_id = ?")
                .param(person)
                .update();
        db.sql("delete from suggestion_lists where user_id = ?").param(person).update();
        db.sql("delete from suggestion_refreshes where user_id = ?")
                .param(person)
                .update();
    }
}
