package com.fakebook.friend.block;

import com.fakebook.friend.people.PersonView;
import com.fakebook.servicedefaults.paging.Cursor;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The blocks table, as the other features ask it. */
@Component
public class Blocks {

    private final JdbcClient db;

    Blocks(JdbcClient db) {
        this.db = db;
    }

    /** Whether either of the two blocked the other: then each is, to the other, someone who does not exist. */
    public boolean eitherWay(UUID one, UUID other) {
        return db.sql("""
                        select count(*) from blocks
                        where (blocker_id = :one and blocked_id = :other) or (blocker_id = :other and blocked_id = :one)""")
                        .param("one", one)
                        .param("other", other)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Whether {@code blocker} blocked {@code blocked} (one way). */
    public boolean blocked(UUID blocker, UUID blocked) {
        return db.sql("select count(*) from blocks where blocker_id = ? and blocked_id = ?")
                        .params(blocker, blocked)
                        .query(Long.class)
                        .single()
                > 0;
    }

    boolean insert(UUID blocker, UUID blocked, Instant at) {
        return db.sql("insert into blocks (blocker_id, blocked_id, blocked_at) values (?, ?, ?) on conflict do nothing")
                        .params(blocker, blocked, Timestamp.from(at))
                        .update()
                == 1;
    }

    boolean delete(UUID blocker, UUID blocked) {
        return db.sql("delete from blocks where blocker_id = ? and blocked_id = ?")
                        .params(blocker, blocked)
                        .update()
                == 1;
    }

    int deleteAllOf(UUID person) {
        return db.sql("delete from blocks where blocker_id = ? or blocked_id = ?")
                .params(person, person)
                .update();
    }

    List<BlockView> list(UUID blocker, @Nullable Cursor after, int limit) {
        return db.sql("""
                        select p.id, p.display_name, p.avatar_url, b.blocked_at
                        from blocks b join people p on p.id = b.blocked_id
                        where b.blocker_id = :blocker
                          and (cast(:afterAt as timestamptz) is null or (b.blocked_at, b.blocked_id) < (cast(:afterAt as timestamptz), cast(:afterId as uuid)))
                        order by b.blocked_at desc, b.blocked_id desc
                        limit :limit""")
                .param("blocker", blocker)
                .param("afterAt", after == null ? null : Timestamp.from(after.at()))
                .param("afterId", after == null ? null : after.id())
                .param("limit", limit)
                .query((rs, row) -> new BlockView(
                        new PersonView(
                                rs.getObject("id", UUID.class),
                                rs.getString("display_name"),
                                rs.getString("avatar_url")),
                        rs.getTimestamp("blocked_at").toInstant()))
                .list();
    }
}
