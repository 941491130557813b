package com.fakebook.profile.search;

import com.fakebook.profile.relationships.Relationship;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds people by name with PostgreSQL's trigrams (pg_trgm): a name with a word that begins like, or is close to
 * (typos), what was typed, ranked friends first, then friends of friends, then everyone else, nearest name first
 * within each. A person is found only by those their searchability audience allows, and never across a block.
 *
 * <p>Each page is answered from indexes, whatever the number of people and however many names match: the caller's
 * friends and friends of friends (small sets, read from the local friendships model by its primary key) are matched
 * one by one, and strangers come from the trigram GiST index nearest first, {@link #STRANGER_CANDIDATES} at most.
 * No query ranks every match of a short, common name.
 */
@Repository
class PeopleSearch {

    /** How close a word must be to count as a fuzzy match (pg_trgm's default, 0.6, misses common typos). */
    static final String WORD_SIMILARITY = "0.4";

    /**
     * How many of the names nearest to the query are ranked for strangers: their results end there, however many
     * other strangers match less closely. It bounds what a page costs (and how deep anyone can page): four pages of
     * 50. Over 100,000 profiles 200 rather than 500 took the p99 of the SQL from 46 to 37 ms (bench/profiles-data).
     */
    static final int STRANGER_CANDIDATES = 200;

    private final JdbcClient jdbc;

    PeopleSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    PeopleFound find(UUID caller, String query, @Nullable SearchCursor after, int limit) {
        var q = query.toLowerCase();
        // JIT compilation pays off for long analytical queries only: over 100,000 profiles the planner's estimate
        // of a search can cross jit_above_cost, and compiling took longer (1.4 s) than running it (bench/profiles).
        jdbc.sql(
                        "select set_config('pg_trgm.word_similarity_threshold', :threshold, true), set_config('jit', 'off', true)")
                .param("threshold", WORD_SIMILARITY)
                .query((row, number) -> row.getString(1))
                .single();
        // Distance is pg_trgm's word-similarity distance (1 - word_similarity): 0 when a word of the name is, or
        // begins with, what was typed. "not in (select id from near)" is a hashed lookup, once per stranger. A page
        // after the first strangers skips matching friends and friends of friends (a one-time filter).
        var rows = jdbc.sql("""
                        with friends as materialized (
                            select friend_id as id from friendships where user_id = :caller
                        ), near as materialized (
                            select id, min(tier) as tier
                            from (select id, 0 as tier from friends
                                  union all
                                  select theirs.friend_id, 1
                                  from friends join friendships theirs on theirs.user_id = friends.id) reached
                            where id <> :caller
                            group by id
                        ), found as (
                            select p.id, p.display_name, p.searchable_by, near.tier,
                                   :q <<-> lower(p.display_name) as distance
                            from near join profiles p on p.id = near.id
                            where :q <% lower(p.display_name) and coalesce(cast(:afterTier as integer), 0) < 2
                            union all
                            select nearest.id, nearest.display_name, nearest.searchable_by, 2, nearest.distance
                            from (select p.id, p.display_name, p.searchable_by,
                                         :q <<-> lower(p.display_name) as distance
                                  from profiles p
                                  where :q <% lower(p.display_name) and p.searchable_by = 'PUBLIC'
                                  order by :q <<-> lower(p.display_name)
                                  limit :strangers) nearest
                            where nearest.id <> :caller and nearest.id not in (select id from near)
                        )
                        select id, display_name, tier, distance from found
                        where (searchable_by in ('PUBLIC', 'FRIENDS_OF_FRIENDS') or (searchable_by = 'FRIENDS' and tier = 0))
                          and not exists (select 1 from blocks b
                                          where (b.blocker_id = found.id and b.blocked_id = :caller)
                                             or (b.blocker_id = :caller and b.blocked_id = found.id))
                          and (cast(:afterTier as integer) is null
                               or (tier, distance, id)
                                  > (:afterTier, cast(:afterDistance as real), cast(:afterId as uuid)))
                        order by tier, distance, id
                        limit :limit
                        """)
                .param("caller", caller)
                .param("q", q)
                .param("strangers", STRANGER_CANDIDATES)
                .param("afterTier", after == null ? null : after.tier())
                .param("afterDistance", after == null ? null : after.distance())
                .param("afterId", after == null ? null : after.id())
                .param("limit", limit + 1)
                .query((row, number) -> new Row(
                        row.getObject("id", UUID.class),
                        row.getString("display_name"),
                        row.getInt("tier"),
                        row.getFloat("distance")))
                .list();
        var people = new ArrayList<PersonFound>();
        for (var row : rows.subList(0, Math.min(limit, rows.size()))) {
            people.add(new PersonFound(row.id(), row.displayName(), relationshipOf(row.tier())));
        }
        var next = rows.size() > limit ? rows.get(limit - 1).cursor().encoded() : null;
        return new PeopleFound(List.copyOf(people), next);
    }

    private static Relationship relationshipOf(int tier) {
        return switch (tier) {
            case 0 -> Relationship.FRIEND;
            case 1 -> Relationship.FRIEND_OF_FRIEND;
            default -> Relationship.STRANGER;
        };
    }

    private record Row(UUID id, String displayName, int tier, float distance) {

        SearchCursor cursor() {
            return new SearchCursor(tier, distance, id);
        }
    }
}
