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
 * Finds people by name with PostgreSQL's trigrams (pg_trgm): a name containing the words typed, or close to them
 * (typos), ranked friends first, then friends of friends, then everyone else, best match first within each. A
 * person is found only by those their searchability audience allows, and never across a block.
 */
@Repository
class PeopleSearch {

    /** How close a word must be to count as a fuzzy match (pg_trgm's default, 0.6, misses common typos). */
    static final String WORD_SIMILARITY = "0.4";

    private final JdbcClient jdbc;

    PeopleSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    PeopleFound find(UUID caller, String query, @Nullable SearchCursor after, int limit) {
        var q = query.toLowerCase();
        // JIT compilation pays off for long analytical queries only: over 100,000 profiles the planner's estimate
        // of this one crosses jit_above_cost, and compiling took longer (1.4 s) than running it (bench/profiles).
        jdbc.sql(
                        "select set_config('pg_trgm.word_similarity_threshold', :threshold, true), set_config('jit', 'off', true)")
                .param("threshold", WORD_SIMILARITY)
                .query((row, number) -> row.getString(1))
                .single();
        var rows = jdbc.sql("""
                        select id, display_name, tier, score from (
                            select p.id, p.display_name, p.searchable_by,
                                   case when f.friend_id is not null then 0
                                        when exists (select 1 from friendships mine
                                                     join friendships theirs on theirs.user_id = mine.friend_id
                                                     where mine.user_id = :caller and theirs.friend_id = p.id) then 1
                                        else 2
                                   end as tier,
                                   (case when lower(p.display_name) like :prefix escape '\\'
                                           or lower(p.display_name) like :wordPrefix escape '\\' then 1.0
                                         else word_similarity(:q, lower(p.display_name))
                                    end)::real as score
                            from profiles p
                            left join friendships f on f.user_id = :caller and f.friend_id = p.id
                            where p.id <> :caller
                              and (lower(p.display_name) like :contains escape '\\' or :q <% lower(p.display_name))
                              and not exists (select 1 from blocks b
                                              where (b.blocker_id = p.id and b.blocked_id = :caller)
                                                 or (b.blocker_id = :caller and b.blocked_id = p.id))
                        ) found
                        where (searchable_by = 'PUBLIC'
                               or (searchable_by = 'FRIENDS_OF_FRIENDS' and tier <= 1)
                               or (searchable_by = 'FRIENDS' and tier = 0))
                          and (cast(:afterTier as integer) is null
                               or (tier, -score, id) > (:afterTier, -cast(:afterScore as real), cast(:afterId as uuid)))
                        order by tier, score desc, id
                        limit :limit
                        """)
                .param("caller", caller)
                .param("q", q)
                .param("prefix", escapeLike(q) + "%")
                .param("wordPrefix", "% " + escapeLike(q) + "%")
                .param("contains", "%" + escapeLike(q) + "%")
                .param("afterTier", after == null ? null : after.tier())
                .param("afterScore", after == null ? null : after.score())
                .param("afterId", after == null ? null : after.id())
                .param("limit", limit + 1)
                .query((row, number) -> new Row(
                        row.getObject("id", UUID.class),
                        row.getString("display_name"),
                        row.getInt("tier"),
                        row.getFloat("score")))
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

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private record Row(UUID id, String displayName, int tier, float score) {

        SearchCursor cursor() {
            return new SearchCursor(tier, score, id);
        }
    }
}
