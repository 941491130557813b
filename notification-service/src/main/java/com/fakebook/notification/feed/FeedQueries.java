package com.fakebook.notification.feed;

import com.fakebook.notification.stream.UnreadCounts;
import com.fakebook.servicedefaults.paging.Cursor;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads of a person's feed: newest activity first, one index range ({@code notifications_feed_idx}) and the actors
 * from the people read model; the unread count from a partial index.
 */
@Component
class FeedQueries implements UnreadCounts {

    private static final String COLUMNS = """
            select n.id, n.type, n.actor_id, n.subject_id, n.message_count, n.preview, n.conversation_name,
                   n.read_at, n.created_at, n.updated_at, p.display_name, p.avatar_url
            """;
    private static final String FROM = """
            from notifications n left join people p on p.id = n.actor_id
            """;
    private static final String VIEW = COLUMNS + FROM;

    private final JdbcClient db;

    FeedQueries(JdbcClient db) {
        this.db = db;
    }

    /** Up to {@code limit} notifications of the person after the cursor (from the newest without one). */
    List<NotificationView> page(UUID recipient, @Nullable Cursor after, int limit) {
        if (after == null) {
            return db.sql(VIEW + """
                            where n.recipient_id = ?
                            order by n.updated_at desc, n.id desc limit ?""")
                    .params(recipient, limit)
                    .query(FeedQueries::view)
                    .list();
        }
        return db.sql(VIEW + """
                        where n.recipient_id = ? and (n.updated_at, n.id) < (?, ?)
                        order by n.updated_at desc, n.id desc limit ?""")
                .params(recipient, Timestamp.from(after.at()), after.id(), limit)
                .query(FeedQueries::view)
                .list();
    }

    Optional<NotificationView> find(UUID id) {
        return db.sql(VIEW + "where n.id = ?")
                .param(id)
                .query(FeedQueries::view)
                .optional();
    }

    /** The notification, with the number of its recipient's unread ones, in one read. */
    Optional<Counted> findCounted(UUID id) {
        return db.sql(COLUMNS + """
                        , (select count(*) from notifications u
                           where u.recipient_id = n.recipient_id and u.read_at is null) as unread
                        """ + FROM + "where n.id = ?")
                .param(id)
                .query((rs, row) -> new Counted(view(rs, row), rs.getLong("unread")))
                .optional();
    }

    /** The notification if it is in the recipient's feed. */
    Optional<NotificationView> find(UUID recipient, UUID id) {
        return db.sql(VIEW + "where n.id = ? and n.recipient_id = ?")
                .params(id, recipient)
                .query(FeedQueries::view)
                .optional();
    }

    @Override
    public long of(UUID recipient) {
        return db.sql("select count(*) from notifications where recipient_id = ? and read_at is null")
                .param(recipient)
                .query(Long.class)
                .single();
    }

    /** A notification, and how many of its recipient's are unread. */
    record Counted(NotificationView notification, long unread) {}

    private static NotificationView view(ResultSet rs, int row) throws SQLException {
        var type = NotificationType.valueOf(rs.getString("type"));
        var actorId = rs.getObject("actor_id", UUID.class);
        var name = rs.getString("display_name");
        var actor = new ActorView(actorId, name == null ? "Someone" : name, rs.getString("avatar_url"));
        var count = rs.getInt("message_count");
        var conversationName = rs.getString("conversation_name");
        return new NotificationView(
                rs.getObject("id", UUID.class),
                type,
                actor,
                rs.getObject("subject_id", UUID.class),
                count,
                rs.getString("preview"),
                conversationName,
                NotificationView.textOf(type, actor.displayName(), count, conversationName),
                rs.getTimestamp("read_at") != null,
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
