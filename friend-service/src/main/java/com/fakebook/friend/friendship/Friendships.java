package com.fakebook.friend.friendship;

import com.fakebook.friend.people.PersonView;
import com.fakebook.servicedefaults.paging.Cursor;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The friendships table: one row per direction, both written and removed together (the table's mirror constraint
 * checks it at commit). Callers hold the pair's lock.
 */
@Component
public class Friendships {

    private static final String FRIEND_COLUMNS = "p.id, p.display_name, p.avatar_url, f.since";

    private final JdbcClient db;

    Friendships(JdbcClient db) {
        this.db = db;
    }

    public boolean areFriends(UUID one, UUID other) {
        return db.sql("select count(*) from friendships where user_id = ? and friend_id = ?")
                        .params(one, other)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Makes the two friends; false (and nothing changed) when they already were. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean begin(UUID one, UUID other, Instant since) {
        return db.sql("""
                        insert into friendships (user_id, friend_id, since)
                        values (:one, :other, :since), (:other, :one, :since)
                        on conflict do nothing""")
                        .param("one", one)
                        .param("other", other)
                        .param("since", Timestamp.from(since))
                        .update()
                == 2;
    }

    /** Ends the friendship of the two; false when they were not friends. */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean end(UUID one, UUID other) {
        return db.sql("""
                        delete from friendships
                        where (user_id = :one and friend_id = :other) or (user_id = :other and friend_id = :one)""").param("one", one).param("other", other).update() > 0;
    }

    List<UUID> friendIdsOf(UUID person) {
        return db.sql("select friend_id from friendships where user_id = ?")
                .param(person)
                .query(UUID.class)
                .list();
    }

    /**
     * A person's friends, newest friendship first, without those the viewer blocked or who blocked the viewer.
     */
    List<FriendView> friendsOf(UUID person, UUID viewer, @Nullable Cursor after, int limit) {
        return db.sql("""
                        select %s
                        from friendships f join people p on p.id = f.friend_id
                        where f.user_id = :person
                          and (cast(:afterAt as timestamptz) is null
                               or (f.since, f.friend_id) < (cast(:afterAt as timestamptz), cast(:afterId as uuid)))
                          and not exists (select 1 from blocks b
                                          where (b.blocker_id = :viewer and b.blocked_id = f.friend_id)
                                             or (b.blocker_id = f.friend_id and b.blocked_id = :viewer))
                        order by f.since desc, f.friend_id desc
                        limit :limit""".formatted(FRIEND_COLUMNS))
                .param("person", person)
                .param("viewer", viewer)
                .param("afterAt", after == null ? null : Timestamp.from(after.at()))
                .param("afterId", after == null ? null : after.id())
                .param("limit", limit)
                .query(Friendships::friend)
                .list();
    }

    /** The friends the two have in common, newest friendship (of the viewer's) first. */
    List<FriendView> mutual(UUID viewer, UUID other, @Nullable Cursor after, int limit) {
        return db.sql("""
                        select %s
                        from friendships f
                        join friendships o on o.user_id = :other and o.friend_id = f.friend_id
                        join people p on p.id = f.friend_id
                        where f.user_id = :viewer
                          and (cast(:afterAt as timestamptz) is null
                               or (f.since, f.friend_id) < (cast(:afterAt as timestamptz), cast(:afterId as uuid)))
                        order by f.since desc, f.friend_id desc
                        limit :limit""".formatted(FRIEND_COLUMNS))
                .param("viewer", viewer)
                .param("other", other)
                .param("afterAt", after == null ? null : Timestamp.from(after.at()))
                .param("afterId", after == null ? null : after.id())
                .param("limit", limit)
                .query(Friendships::friend)
                .list();
    }

    /** Whether the two share at least one friend. */
    boolean haveMutualFriend(UUID one, UUID other) {
        return db.sql("""
                        select exists (select 1 from friendships f
                                       join friendships o on o.user_id = :other and o.friend_id = f.friend_id
                                       where f.user_id = :one)""")
                .param("one", one)
                .param("other", other)
                .query(Boolean.class)
                .single();
    }

    private static FriendView friend(ResultSet rs, int row) throws SQLException {
        return new FriendView(
                new PersonView(
                        rs.getObject("id", UUID.class), rs.getString("display_name"), rs.getString("avatar_url")),
                rs.getTimestamp("since").toInstant());
    }
}
