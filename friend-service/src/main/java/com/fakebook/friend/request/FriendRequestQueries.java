package com.fakebook.friend.request;

import com.fakebook.friend.people.PersonView;
import com.fakebook.servicedefaults.paging.Cursor;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The incoming and outgoing lists, newest first, with the other person as the read model shows them. */
@Component
class FriendRequestQueries {

    private final JdbcClient db;

    FriendRequestQueries(JdbcClient db) {
        this.db = db;
    }

    /** Requests to the person still waiting for their answer (declined ones are gone from here). */
    List<FriendRequestView> incoming(UUID recipient, @Nullable Cursor after, int limit) {
        return list("recipient_id", "sender_id", "and r.status = 'PENDING'", recipient, after, limit);
    }

    /** Requests the person sent and that are still open, declined ones included. */
    List<FriendRequestView> outgoing(UUID sender, @Nullable Cursor after, int limit) {
        return list("sender_id", "recipient_id", "", sender, after, limit);
    }

    private List<FriendRequestView> list(
            String ownColumn, String otherColumn, String condition, UUID person, @Nullable Cursor after, int limit) {
        return db.sql("""
                        select r.id, r.sent_at, p.id as person_id, p.display_name, p.avatar_url
                        from friend_requests r join people p on p.id = r.%2$s
                        where r.%1$s = :person %3$s
                          and (cast(:afterAt as timestamptz) is null
                               or (r.sent_at, r.id) < (cast(:afterAt as timestamptz), cast(:afterId as uuid)))
                        order by r.sent_at desc, r.id desc
                        limit :limit""".formatted(ownColumn, otherColumn, condition))
                .param("person", person)
                .param("afterAt", after == null ? null : Timestamp.from(after.at()))
                .param("afterId", after == null ? null : after.id())
                .param("limit", limit)
                .query((rs, row) -> new FriendRequestView(
                        rs.getObject("id", UUID.class),
                        new PersonView(
                                rs.getObject("person_id", UUID.class),
                                rs.getString("display_name"),
                                rs.getString("avatar_url")),
                        rs.getTimestamp("sent_at").toInstant()))
                .list();
    }
}
