package com.fakebook.profile.relationships;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The local read model of friendships (stored both ways) and blocks. */
@Repository
public class Relationships {

    private final JdbcClient jdbc;

    Relationships(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What {@code viewer} is to {@code owner}, in one query. */
    public Relationship between(UUID viewer, UUID owner) {
        if (viewer.equals(owner)) {
            return Relationship.SELF;
        }
        return jdbc.sql("""
                        select case
                            when exists (select 1 from blocks
                                         where (blocker_id = :viewer and blocked_id = :owner)
                                            or (blocker_id = :owner and blocked_id = :viewer)) then 'BLOCKED'
                            when exists (select 1 from friendships
                                         where user_id = :viewer and friend_id = :owner) then 'FRIEND'
                            when exists (select 1 from friendships mine
                                         join friendships theirs on theirs.user_id = mine.friend_id
                                         where mine.user_id = :viewer and theirs.friend_id = :owner) then 'FRIEND_OF_FRIEND'
                            else 'STRANGER'
                        end
                        """)
                .param("viewer", viewer)
                .param("owner", owner)
                .query(Relationship.class)
                .single();
    }

    void befriend(UUID one, UUID other) {
        jdbc.sql("""
                        insert into friendships (user_id, friend_id) values (:one, :other), (:other, :one)
                        on conflict do nothing
                        """).param("one", one).param("other", other).update();
    }

    void unfriend(UUID one, UUID other) {
        jdbc.sql("""
                        delete from friendships
                        where (user_id = :one and friend_id = :other) or (user_id = :other and friend_id = :one)
                        """).param("one", one).param("other", other).update();
    }

    /** A block ends the friendship too, whatever friend-service says of it separately. */
    void block(UUID blocker, UUID blocked) {
        unfriend(blocker, blocked);
        jdbc.sql("insert into blocks (blocker_id, blocked_id) values (:blocker, :blocked) on conflict do nothing")
                .param("blocker", blocker)
                .param("blocked", blocked)
                .update();
    }

    void unblock(UUID blocker, UUID blocked) {
        jdbc.sql("delete from blocks where blocker_id = :blocker and blocked_id = :blocked")
                .param("blocker", blocker)
                .param("blocked", blocked)
                .update();
    }

    /** Erases every friendship and block of a deleted account. */
    public void forget(UUID user) {
        jdbc.sql("delete from friendships where user_id = :user or friend_id = :user")
                .param("user", user)
                .update();
        jdbc.sql("delete from blocks where blocker_id = :user or blocked_id = :user")
                .param("user", user)
                .update();
    }
}
