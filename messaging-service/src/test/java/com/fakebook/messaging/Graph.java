package com.fakebook.messaging;

import com.fakebook.testsupport.keycloak.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Sets the read models straight in the database: who exists, who is friends with whom, who blocks whom. */
public record Graph(JdbcClient db) {

    public void clear() {
        db.sql("delete from conversations").update();
        db.sql("delete from friendships").update();
        db.sql("delete from blocks").update();
        db.sql("delete from chat_settings").update();
    }

    public void person(Actor actor) {
        db.sql("""
                        insert into people (id, display_name) values (?, ?)
                        on conflict (id) do update set display_name = excluded.display_name""").params(actor.id(), actor.name()).update();
    }

    public void friends(Actor one, Actor other) {
        db.sql("insert into friendships (user_id, friend_id) values (?, ?), (?, ?) on conflict do nothing")
                .params(one.id(), other.id(), other.id(), one.id())
                .update();
    }

    public void unfriend(Actor one, Actor other) {
        db.sql("delete from friendships where (user_id = ? and friend_id = ?) or (user_id = ? and friend_id = ?)")
                .params(one.id(), other.id(), other.id(), one.id())
                .update();
    }

    public void block(Actor blocker, Actor blocked) {
        db.sql("insert into blocks (blocker_id, blocked_id) values (?, ?) on conflict do nothing")
                .params(blocker.id(), blocked.id())
                .update();
    }
}
