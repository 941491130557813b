package com.fakebook.messaging.conversation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A row of a person's conversation list, before names are put on it: the person's membership (read as everywhere
 * else, by {@link Membership#read}) and what the list adds to it.
 *
 * @param readOnly a direct conversation whose two may no longer chat (not friends, or a block either way)
 */
record ConversationRow(
        Membership membership,
        Instant lastActivityAt,
        @Nullable Long lastMessageSequence,
        @Nullable UUID lastMessageSender,
        @Nullable String lastMessageBody,
        @Nullable Instant lastMessageSentAt,
        boolean readOnly) {

    /**
     * Reads the row by its column names. Not JdbcClient's mapping by the record's components: it asks the driver for
     * each camel-case name first ({@code createdBy}), and PostgreSQL's driver answers a missing column with an
     * exception, ten for each conversation listed (see MessageQueries.MessageRow.read).
     */
    static ConversationRow read(ResultSet rs, int rowNumber) throws SQLException {
        var lastMessageSequence = rs.getLong("last_message_sequence");
        var noLastMessage = rs.wasNull();
        var lastMessageSentAt = rs.getTimestamp("last_message_sent_at");
        return new ConversationRow(
                Membership.read(rs, rowNumber),
                rs.getTimestamp("last_activity_at").toInstant(),
                noLastMessage ? null : lastMessageSequence,
                rs.getObject("last_message_sender", UUID.class),
                rs.getString("last_message_body"),
                lastMessageSentAt == null ? null : lastMessageSentAt.toInstant(),
                rs.getBoolean("read_only"));
    }

    UUID id() {
        return membership.conversationId();
    }
}
