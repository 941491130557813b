package com.fakebook.messaging.people;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The read models, as the chat features ask them. */
@Component
public class People {

    private final JdbcClient db;

    People(JdbcClient db) {
        this.db = db;
    }

    /** The people of these ids as they are shown; an id the read model does not know is shown as unknown. */
    public Map<UUID, PersonView> show(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        var known = db
                .sql("select id, display_name, avatar_url from people where id in (:ids)")
                .param("ids", ids)
                .query(PersonView::read)
                .list()
                .stream()
                .collect(Collectors.toMap(PersonView::id, Function.identity()));
        return ids.stream()
                .distinct()
                .collect(Collectors.toMap(Function.identity(), id -> known.getOrDefault(id, PersonView.unknown(id))));
    }

    /** Whether the two are friends and neither blocks the other: whether they may chat. */
    public boolean mayChat(UUID one, UUID other) {
        return db.sql("""
                        select exists (select 1 from friendships where user_id = :one and friend_id = :other)
                           and not exists (select 1 from blocks
                                           where (blocker_id = :one and blocked_id = :other)
                                              or (blocker_id = :other and blocked_id = :one))""")
                .param("one", one)
                .param("other", other)
                .query(Boolean.class)
                .single();
    }

    /** Whether either blocks the other. */
    public boolean blockedEitherWay(UUID one, UUID other) {
        return db.sql("""
                        select exists (select 1 from blocks
                                       where (blocker_id = :one and blocked_id = :other)
                                          or (blocker_id = :other and blocked_id = :one))""")
                .param("one", one)
                .param("other", other)
                .query(Boolean.class)
                .single();
    }

    /** Those of the candidates who are the person's friends, and not blocked either way. */
    public List<UUID> friendsAmong(UUID person, Collection<UUID> candidates) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        return db.sql("""
                        select f.friend_id from friendships f
                        where f.user_id = :person and f.friend_id in (:candidates)
                          and not exists (select 1 from blocks b
                                          where (b.blocker_id = :person and b.blocked_id = f.friend_id)
                                             or (b.blocker_id = f.friend_id and b.blocked_id = :person))""")
                .param("person", person)
                .param("candidates", candidates)
                .query(UUID.class)
                .list();
    }

    /** The person's friends (whom presence may be shown to). */
    public List<UUID> friendsOf(UUID person) {
        return db.sql("select friend_id from friendships where user_id = ?")
                .param(person)
                .query(UUID.class)
                .list();
    }
}
