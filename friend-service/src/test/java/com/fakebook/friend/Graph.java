package com.fakebook.friend;

import com.fakebook.testsupport.keycloak.Actor;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Puts people and friendships straight into the test's database, as the events and the API would have, to set a
 * scene quickly; and empties it between tests.
 */
public record Graph(JdbcClient db) {

    /** A person only the read model knows (nobody logs in as them). */
    public UUID person(String displayName) {
        return person(UUID.randomUUID(), displayName, null);
    }

    public UUID person(UUID id, String displayName, @Nullable String avatarUrl) {
        db.sql("""
                        insert into people (id, display_name, avatar_url, registered_at) values (?, ?, ?, now())
                        on conflict (id) do update set display_name = excluded.display_name,
                                                       avatar_url = excluded.avatar_url,
                                                       friends_list_audience = 'FRIENDS'""").params(id, displayName, avatarUrl).update();
        return id;
    }

    public UUID person(Actor actor) {
        return person(actor.id(), actor.name(), "https://img.fakebook.test/" + actor.name() + ".webp");
    }

    public void friends(UUID one, UUID other, Instant since) {
        db.sql("insert into friendships (user_id, friend_id, since) values (?, ?, ?), (?, ?, ?)")
                .params(one, other, Timestamp.from(since), other, one, Timestamp.from(since))
                .update();
    }

    public void friends(UUID one, UUID other) {
        friends(one, other, Instant.now());
    }

    public void block(UUID blocker, UUID blocked) {
        db.sql("insert into blocks (blocker_id, blocked_id, blocked_at) values (?, ?, now())")
                .params(blocker, blocked)
                .update();
    }

    public void audience(UUID person, String audience) {
        db.sql("update people set friends_list_audience = ? where id = ?")
                .params(audience, person)
                .update();
    }

    public boolean areFriends(UUID one, UUID other) {
        return count("select count(*) from friendships where user_id = ? and friend_id = ?", one, other) == 1;
    }

    public long count(String sql, Object... params) {
        return db.sql(sql).params(params).query(Long.class).single();
    }

    /** Only the people stay: no request, friendship, block, dismissal or suggestion list is left from an earlier test. */
    public void clear() {
        for (var table : new String[] {
            "suggestion_refreshes",
            "suggestion_candidates",
            "suggestion_lists",
            "friend_requests",
            "friendships",
            "blocks",
            "dismissed_suggestions"
        }) {
            db.sql("delete from " + table).update();
        }
    }
}
