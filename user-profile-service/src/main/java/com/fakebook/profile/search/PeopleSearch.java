package com.fakebook.profile.search;

import com.fakebook.profile.relationships.Relationship;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Finds people by name with PostgreSQL's trigrams (pg_trgm): a name with a word that begins like, or is close to
 * (typos), what was typed, ranked friends first, then friends of friends, then everyone else, nearest name first
 * within each. A person is found only by those their searchability audience allows, and never across a block.
 *
 * <p>The caller's friends and friends of friends are read from the local friendships alone: each row carries the
 * friend's name, searchability and a 128-bit signature of the name's trigrams (kept by triggers, V9), so a circle of
 * 4,200 people is two index-only scans, no profile is fetched, and a bit test rules out most names before
 * word_similarity runs on the few left. Strangers come nearest first from the trigram GiST index,
 * {@link #STRANGER_CANDIDATES} at most, and only when friends and friends of friends do not fill the page.
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

    /**
     * The settings a search runs under, sent with {@link #SEARCH} as one: PgJDBC sends both statements before a
     * single Sync, so they are one round trip and one implicit transaction, in which the settings (local to it) hold
     * and after which they end. No transaction is opened around them (its commit was a round trip of its own, with
     * the connection out of the pool meanwhile), so {@link #find} must not be called inside one: the settings would
     * last until that ends.
     *
     * <p>JIT compilation pays off for long analytical queries only: over 100,000 profiles the planner's estimate of a
     * search can cross jit_above_cost, and compiling took longer (1.4 s) than running it (bench/profiles). A plan made
     * for the query's own values ran in 3.6 ms where the generic plan that a statement prepared on the server falls
     * back to after five runs took 6 ms (psql, a caller with 200 friends, "maria santos"); the search is planned when
     * it is bound, after the settings ran.
     */
    private static final String SETTINGS = """
            select set_config('pg_trgm.word_similarity_threshold', :threshold, true),
                   set_config('jit', 'off', true),
                   set_config('plan_cache_mode', 'force_custom_plan', true);
            """;

    /**
     * Distance is pg_trgm's word-similarity distance (1 - word_similarity), 0 the closest. A name sharing s of the
     * query's n trigrams shares at least s - (n - bits the query's signature has set) bits with it, and
     * word_similarity >= t needs s >= t * n: a name with fewer shared bits cannot match, and only the others are
     * compared (the CASE keeps that order). Strangers are looked for only when the nearer people do not fill the page
     * (a one-time filter: otherwise the GiST walk never runs), and a page after the first strangers skips the nearer
     * ones. "not in (select id ...)" is a hashed lookup.
     */
    private static final String SEARCH = """
            with query as materialized (
                select name_trigram_signature(:q) as signature,
                       ceil(cast(:threshold as real) * cardinality(show_trgm(:q)) - 0.0001)
                       - (cardinality(show_trgm(:q)) - bit_count(name_trigram_signature(:q))) as shared_bits
            ), friends as materialized (
                select friend_id as id, friend_name as name, friend_searchable_by as searchable_by,
                       friend_name_signature as signature
                from friendships where user_id = :caller
            ), near as (
                select distinct on (circle.id) circle.id, circle.name, circle.searchable_by, circle.tier
                from (select id, 0 as tier, name, searchable_by, signature from friends
                      union all
                      select theirs.friend_id, 1, theirs.friend_name, theirs.friend_searchable_by,
                             theirs.friend_name_signature
                      from friends join friendships theirs on theirs.user_id = friends.id
                      where theirs.friend_id <> :caller) circle, query
                where coalesce(cast(:afterTier as integer), 0) < 2
                  and case when bit_count(circle.signature & query.signature) >= query.shared_bits
                           then :q <% lower(circle.name) else false end
                order by circle.id, circle.tier
            ), blocked as materialized (
                select blocker_id as id from blocks where blocked_id = :caller
                union all
                select blocked_id from blocks where blocker_id = :caller
            ), found_near as materialized (
                select id, name, tier, :q <<-> lower(name) as distance
                from near
                where (searchable_by in ('PUBLIC', 'FRIENDS_OF_FRIENDS') or (searchable_by = 'FRIENDS' and tier = 0))
                  and id not in (select id from blocked)
                  and (cast(:afterTier as integer) is null
                       or (tier, :q <<-> lower(name), id)
                          > (:afterTier, cast(:afterDistance as real), cast(:afterId as uuid)))
                order by tier, distance, id
                limit :limit
            ), circle as materialized (
                select id from friends
                union all
                select theirs.friend_id from friends join friendships theirs on theirs.user_id = friends.id
            ), strangers as (
                select nearest.id, nearest.display_name as name, 2 as tier, nearest.distance
                from (select p.id, p.display_name, :q <<-> lower(p.display_name) as distance
                      from profiles p
                      where :q <% lower(p.display_name) and p.searchable_by = 'PUBLIC'
                      order by :q <<-> lower(p.display_name)
                      limit :strangers) nearest
                where (select count(*) from found_near) < :limit
                  and nearest.id <> :caller
                  and nearest.id not in (select id from circle)
                  and nearest.id not in (select id from blocked)
                  and (cast(:afterTier as integer) is null
                       or (2, nearest.distance, nearest.id)
                          > (:afterTier, cast(:afterDistance as real), cast(:afterId as uuid)))
            )
            select id, name, tier, distance from found_near
            union all
            select id, name, tier, distance from strangers
            order by tier, distance, id
            limit :limit
            """;

    private final NamedParameterJdbcTemplate jdbc;

    PeopleSearch(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    PeopleFound find(UUID caller, String query, @Nullable SearchCursor after, int limit) {
        var params = new MapSqlParameterSource()
                .addValue("threshold", WORD_SIMILARITY)
                .addValue("caller", caller)
                .addValue("q", query.toLowerCase())
                .addValue("strangers", STRANGER_CANDIDATES)
                .addValue("afterTier", after == null ? null : after.tier(), Types.INTEGER)
                .addValue("afterDistance", after == null ? null : after.distance(), Types.REAL)
                .addValue("afterId", after == null ? null : after.id(), Types.OTHER)
                .addValue("limit", limit + 1);
        var rows = jdbc.execute(SETTINGS + SEARCH, params, statement -> {
            statement.execute();
            if (!statement.getMoreResults()) {
                throw new IllegalStateException("the search statement returned no rows");
            }
            var found = new ArrayList<Row>();
            try (var results = statement.getResultSet()) {
                while (results.next()) {
                    found.add(new Row(
                            results.getObject("id", UUID.class),
                            results.getString("name"),
                            results.getInt("tier"),
                            results.getFloat("distance")));
                }
            }
            return found;
        });
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
