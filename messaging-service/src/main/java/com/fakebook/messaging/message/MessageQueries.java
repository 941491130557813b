package com.fakebook.messaging.message;

import com.fakebook.servicedefaults.paging.Cursor;
import com.fakebook.servicedefaults.paging.Page;
import com.fakebook.servicedefaults.paging.PageQuery;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Messages as a member sees them: what they may see, without what they deleted for themselves. */
@Component
class MessageQueries {

    private static final String COLUMNS = """
            select m.id, m.conversation_id, m.sequence, m.sender_id, m.client_message_id, m.body, m.reply_to,
                   m.sent_at, m.edited_at, m.unsent
            from messages m
            """;
    private static final String VISIBLE = """
            m.sequence >= :visibleFrom
            and not exists (select 1 from hidden_messages h where h.message_id = m.id and h.user_id = :viewer)
            """;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private final JdbcClient db;

    MessageQueries(JdbcClient db) {
        this.db = db;
    }

    /** A page of history: newest first before a number (or from the newest), oldest first after one. */
    List<MessageView> page(
            UUID viewer,
            UUID conversationId,
            long visibleFrom,
            @Nullable Long before,
            @Nullable Long after,
            int limit) {
        var sql = new StringBuilder(COLUMNS)
                .append(" where m.conversation_id = :conversation and ")
                .append(VISIBLE);
        if (after != null) {
            sql.append(" and m.sequence > :after order by m.sequence asc");
        } else if (before != null) {
            sql.append(" and m.sequence < :before order by m.sequence desc");
        } else {
            sql.append(" order by m.sequence desc");
        }
        sql.append(" limit :limit");
        var rows = db.sql(sql.toString())
                .param("conversation", conversationId)
                .param("visibleFrom", visibleFrom)
                .param("viewer", viewer)
                .param("after", after)
                .param("before", before)
                .param("limit", limit)
                .query(MessageRow::read)
                .list();
        return withReactions(rows);
    }

    Optional<MessageView> one(UUID viewer, UUID conversationId, long visibleFrom, long sequence) {
        var rows = db.sql(
                        COLUMNS + " where m.conversation_id = :conversation and m.sequence = :sequence and " + VISIBLE)
                .param("conversation", conversationId)
                .param("sequence", sequence)
                .param("visibleFrom", visibleFrom)
                .param("viewer", viewer)
                .query(MessageRow::read)
                .list();
        return withReactions(rows).stream().findFirst();
    }

    /**
     * A page of the viewer's messages whose text has all the words, each as a word or the start of one, newest
     * first; the next page starts after the last one's time and id.
     */
    Page<MessageView> search(UUID viewer, String text, PageQuery page) {
        var words = WORD.matcher(text.toLowerCase())
                .results()
                .map(m -> m.group() + ":*")
                .toList();
        var after = page.after();
        if (words.isEmpty()) {
            return new Page<>(List.of(), null);
        }
        var rows = db.sql(COLUMNS + """
                        join conversation_members cm on cm.conversation_id = m.conversation_id and cm.user_id = :viewer
                        where m.search_vector @@ to_tsquery('simple', :query)
                          and not m.unsent and m.sequence >= cm.visible_from
                          and not exists (select 1 from hidden_messages h where h.message_id = m.id and h.user_id = :viewer)
                        """
                        + (after == null ? "" : " and (m.sent_at, m.id) < (:at, :id)")
                        + " order by m.sent_at desc, m.id desc limit :limit")
                .param("viewer", viewer)
                .param("query", String.join(" & ", words))
                .param("at", after == null ? null : Timestamp.from(after.at()))
                .param("id", after == null ? null : after.id())
                .param("limit", page.limit() + 1)
                .query(MessageRow::read)
                .list();
        return Page.of(withReactions(rows), page.limit(), view -> new Cursor(view.sentAt(), view.id()));
    }

    private List<MessageView> withReactions(List<MessageRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        var reactions = reactionsOf(rows.stream().map(MessageRow::id).toList());
        return rows.stream()
                .map(row -> row.view(reactions.getOrDefault(row.id(), List.of())))
                .toList();
    }

    private Map<UUID, List<MessageView.Reaction>> reactionsOf(Collection<UUID> messageIds) {
        var reactions = new HashMap<UUID, List<MessageView.Reaction>>();
        db.sql("select message_id, user_id, emoji from reactions where message_id in (:ids) order by reacted_at")
                .param("ids", messageIds)
                .query((rs, n) -> reactions
                        .computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>())
                        .add(new MessageView.Reaction(rs.getObject(2, UUID.class), rs.getString(3))))
                .list();
        return reactions;
    }

    /** A messages row. */
    record MessageRow(
            UUID id,
            UUID conversationId,
            long sequence,
            UUID senderId,
            String clientMessageId,
            @Nullable String body,
            @Nullable Long replyTo,
            Instant sentAt,
            @Nullable Instant editedAt,
            boolean unsent) {

        /**
         * Reads the row by its column names. Not JdbcClient's mapping by the record's components: it asks the driver
         * for each camel-case name first ({@code conversationId}), and PostgreSQL's driver answers a missing column
         * with an exception (made, with its stack and a formatted message, for each column of each row): a page of 50
         * cost 300 of them.
         */
        static MessageRow read(ResultSet rs, int rowNumber) throws SQLException {
            var replyTo = rs.getLong("reply_to");
            var noReply = rs.wasNull();
            var editedAt = rs.getTimestamp("edited_at");
            return new MessageRow(
                    rs.getObject("id", UUID.class),
                    rs.getObject("conversation_id", UUID.class),
                    rs.getLong("sequence"),
                    rs.getObject("sender_id", UUID.class),
                    rs.getString("client_message_id"),
                    rs.getString("body"),
                    noReply ? null : replyTo,
                    rs.getTimestamp("sent_at").toInstant(),
                    editedAt == null ? null : editedAt.toInstant(),
                    rs.getBoolean("unsent"));
        }

        MessageView view(List<MessageView.Reaction> reactions) {
            return new MessageView(
                    id,
                    conversationId,
                    sequence,
                    senderId,
                    clientMessageId,
                    unsent ? null : body,
                    replyTo,
                    sentAt,
                    editedAt,
                    unsent,
                    reactions);
        }
    }
}
