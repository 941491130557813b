package com.fakebook.friend.suggestion;

import com.fakebook.friend.people.PersonView;
import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Friends of friends, computed by one query when asked: walk the caller's friends, then each one's friends (both
 * index ranges of {@code friendships}, whose primary key includes {@code since}, so the walk reads only the index),
 * count the paths per person reached, drop who must not be suggested, keep the best few, and only for those fetch
 * names and three mutual friends. The cost grows with the number of two-step paths, the sum of the degrees of the
 * caller's friends: some ten thousand for a typical person, far more for a friend of celebrities.
 */
@Component
class Suggestions {

    private static final int MUTUAL_NAMES = 3;

    private final JdbcClient db;

    Suggestions(JdbcClient db) {
        this.db = db;
    }

    /**
     * Most mutual friends first; among equals, the one whose newest path is newest (a path is as new as the newer
     * of its two friendships). Never the caller, a friend, someone with an open request either way, a block either
     * way, or a dismissed suggestion.
     */
    List<SuggestionView> forPerson(UUID person, int limit) {
        return db.sql("""
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
                              and not exists (select 1 from friend_requests r
                                              where r.pair_low = least(:person, c.candidate)
                                                and r.pair_high = greatest(:person, c.candidate))
                              and not exists (select 1 from blocks b
                                              where (b.blocker_id = :person and b.blocked_id = c.candidate)
                                                 or (b.blocker_id = c.candidate and b.blocked_id = :person))
                              and not exists (select 1 from dismissed_suggestions d
                                              where d.user_id = :person and d.dismissed_id = c.candidate)
                            order by c.mutual_count desc, c.newest_path desc, c.candidate
                            limit :limit
                        )
                        select p.id, p.display_name, p.avatar_url, r.mutual_count,
                               mutual.ids, mutual.names, mutual.avatars
                        from ranked r
                        join people p on p.id = r.candidate
                        cross join lateral (
                            select array_agg(m.id order by m.since desc, m.id) as ids,
                                   array_agg(m.display_name order by m.since desc, m.id) as names,
                                   array_agg(m.avatar_url order by m.since desc, m.id) as avatars
                            from (select q.id, q.display_name, q.avatar_url, theirs.since
                                  from friendships mine
                                  join friendships theirs on theirs.user_id = mine.friend_id
                                                         and theirs.friend_id = r.candidate
                                  join people q on q.id = mine.friend_id
                                  where mine.user_id = :person
                                  order by theirs.since desc, q.id
                                  limit :names) m
                        ) mutual
                        order by r.mutual_count desc, r.newest_path desc, r.candidate""")
                .param("person", person)
                .param("limit", limit)
                .param("names", MUTUAL_NAMES)
                .query((rs, row) -> new SuggestionView(
                        new PersonView(
                                rs.getObject("id", UUID.class),
                                rs.getString("display_name"),
                                rs.getString("avatar_url")),
                        rs.getLong("mutual_count"),
                        people(rs.getArray("ids"), rs.getArray("names"), rs.getArray("avatars"))))
                .list();
    }

    boolean dismiss(UUID person, UUID dismissed, Instant at) {
        return db.sql("""
                        insert into dismissed_suggestions (user_id, dismissed_id, dismissed_at)
                        values (?, ?, ?) on conflict do nothing""").params(person, dismissed, Timestamp.from(at)).update() == 1;
    }

    int forget(UUID person) {
        return db.sql("delete from dismissed_suggestions where user_id = ? or dismissed_id = ?")
                .params(person, person)
                .update();
    }

    /** The mutual friends, from the three arrays of the same order the query gives. */
    private static List<PersonView> people(Array ids, Array names, Array avatars) throws SQLException {
        var idValues = (Object[]) ids.getArray();
        var nameValues = (String[]) names.getArray();
        var avatarValues = (String[]) avatars.getArray();
        var people = new ArrayList<PersonView>(idValues.length);
        for (var i = 0; i < idValues.length; i++) {
            people.add(new PersonView((UUID) idValues[i], nameValues[i], avatarValues[i]));
        }
        return people;
    }
}
