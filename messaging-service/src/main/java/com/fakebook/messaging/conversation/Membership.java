package com.fakebook.messaging.conversation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A person's place in a conversation, as read with the conversation's state.
 *
 * @param visibleFrom the first message number this member may see
 */
public record Membership(
        UUID conversationId,
        UUID userId,
        Kind kind,
        @Nullable String name,
        UUID createdBy,
        long lastSequence,
        long visibleFrom,
        long lastReadSequence,
        boolean muted) {

    /**
     * Reads a membership from a row of {@code conversation_members} joined with its {@code conversations}, by column
     * name (not JdbcClient's mapping by the record's components, which costs an exception from the driver for each
     * camel-case component: see MessageQueries.MessageRow.read).
     */
    public static Membership read(ResultSet rs, int rowNumber) throws SQLException {
        return new Membership(
                rs.getObject("conversation_id", UUID.class),
                rs.getObject("user_id", UUID.class),
                Kind.valueOf(rs.getString("kind")),
                rs.getString("name"),
                rs.getObject("created_by", UUID.class),
                rs.getLong("last_sequence"),
                rs.getLong("visible_from"),
                rs.getLong("last_read_sequence"),
                rs.getBoolean("muted"));
    }

    public boolean mayAddress(long sequence) {
        return sequence >= visibleFrom && sequence <= lastSequence;
    }
}
