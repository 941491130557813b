package com.fakebook.messaging.message;

import com.fakebook.messaging.conversation.Membership;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SQL of a send, in as few round trips as its rules allow: a send holds its conversation's lock from the first
 * statement to the commit, so each round trip is time the conversation's other senders wait, and time a pooled
 * connection is taken. Three statements: lock and read, the members with what the sender may do to each, store.
 * They read the conversation and people tables of the other features directly, which only this path does.
 */
@Component
class SendStatements {

    private final JdbcClient db;

    SendStatements(JdbcClient db) {
        this.db = db;
    }

    /** The sender's membership, under the conversation's lock, and what they stored under the client id before. */
    record Locked(Membership membership, @Nullable Stored earlier) {}

    /** A message as stored: enough to ack it again. */
    record Stored(UUID id, long sequence, Instant sentAt) {}

    /**
     * A member as the sender's message concerns them.
     *
     * @param blocked either blocks the other: nothing of the message reaches them
     * @param friend of the sender (in a direct conversation, the sender may write only to a friend)
     */
    record Member(UUID id, boolean muted, boolean blocked, boolean friend) {}

    @Transactional(propagation = Propagation.MANDATORY)
    Optional<Locked> lock(UUID conversationId, UUID sender, String clientMessageId) {
        return db.sql("""
                        select c.id as conversation_id, m.user_id, c.kind, c.name, c.created_by, c.last_sequence,
                               m.visible_from, m.last_read_sequence, m.muted,
                               earlier.id as earlier_id, earlier.sequence as earlier_sequence,
                               earlier.sent_at as earlier_sent_at
                        from conversations c
                        join conversation_members m on m.conversation_id = c.id and m.user_id = :sender
                        left join messages earlier on earlier.conversation_id = c.id
                                                  and earlier.sender_id = :sender
                                                  and earlier.client_message_id = :clientMessageId
                        where c.id = :conversation
                        for update of c""")
                .param("conversation", conversationId)
                .param("sender", sender)
                .param("clientMessageId", clientMessageId)
                .query((row, number) -> new Locked(Membership.read(row, number), storedOf(row)))
                .optional();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    List<Member> members(UUID conversationId, UUID sender) {
        return db.sql("""
                        select m.user_id, m.muted,
                               exists (select 1 from blocks b
                                       where (b.blocker_id = m.user_id and b.blocked_id = :sender)
                                          or (b.blocker_id = :sender and b.blocked_id = m.user_id)) as blocked,
                               exists (select 1 from friendships f
                                       where f.user_id = :sender and f.friend_id = m.user_id) as friend
                        from conversation_members m
                        where m.conversation_id = :conversation""")
                .param("conversation", conversationId)
                .param("sender", sender)
                .query((row, number) -> new Member(
                        row.getObject("user_id", UUID.class),
                        row.getBoolean("muted"),
                        row.getBoolean("blocked"),
                        row.getBoolean("friend")))
                .list();
    }

    /**
     * Numbers the message with the conversation's next number, stores it, and marks it read by its sender: one
     * statement. The conversation's lock must be held ({@link #lock}), which makes the numbers gapless.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    long store(
            UUID id,
            UUID conversationId,
            UUID sender,
            String clientMessageId,
            String body,
            @Nullable Long replyTo,
            Instant sentAt) {
        return db.sql("""
                        with numbered as (
                            update conversations set last_sequence = last_sequence + 1, last_activity_at = now()
                            where id = :conversation
                            returning last_sequence),
                        stored as (
                            insert into messages (id, conversation_id, sequence, sender_id, client_message_id,
                                                  body, reply_to, sent_at)
                            select :id, :conversation, last_sequence, :sender, :clientMessageId, :body, :replyTo,
                                   :sentAt
                            from numbered
                            returning sequence),
                        read_by_sender as (
                            update conversation_members
                            set last_read_sequence = greatest(last_read_sequence, stored.sequence),
                                last_delivered_sequence = greatest(last_delivered_sequence, stored.sequence)
                            from stored
                            where conversation_id = :conversation and user_id = :sender)
                        select sequence from stored""")
                .param("conversation", conversationId)
                .param("id", id)
                .param("sender", sender)
                .param("clientMessageId", clientMessageId)
                .param("body", body)
                .param("replyTo", replyTo)
                .param("sentAt", Timestamp.from(sentAt))
                .query(Long.class)
                .single();
    }

    private static @Nullable Stored storedOf(ResultSet row) throws SQLException {
        var id = row.getObject("earlier_id", UUID.class);
        if (id == null) {
            return null;
        }
        return new Stored(
                id,
                row.getLong("earlier_sequence"),
                row.getTimestamp("earlier_sent_at").toInstant());
    }
}
