package com.fakebook.messaging.conversation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Who is in which conversation, as the features ask it. */
@Component
public class Conversations {

    private static final String MEMBERSHIP = """
            select c.id as conversation_id, m.user_id, c.kind, c.name, c.created_by, c.last_sequence,
                   m.visible_from, m.last_read_sequence, m.muted
            from conversations c join conversation_members m on m.conversation_id = c.id
            where c.id = :conversation and m.user_id = :user""";

    private final JdbcClient db;

    Conversations(JdbcClient db) {
        this.db = db;
    }

    /** The person's membership of the conversation; empty when there is no such conversation or they are not in it. */
    public Optional<Membership> membership(UUID conversationId, UUID userId) {
        return db.sql(MEMBERSHIP)
                .param("conversation", conversationId)
                .param("user", userId)
                .query(Membership::read)
                .optional();
    }

    /**
     * As {@link #membership}, holding the conversation's lock until the transaction ends: the sends of one
     * conversation take it in turn, which makes their sequence numbers gapless and in commit order.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Membership> lockMembership(UUID conversationId, UUID userId) {
        return db.sql(MEMBERSHIP + " for update of c")
                .param("conversation", conversationId)
                .param("user", userId)
                .query(Membership::read)
                .optional();
    }

    public List<UUID> memberIds(UUID conversationId) {
        return db.sql("select user_id from conversation_members where conversation_id = ?")
                .param(conversationId)
                .query(UUID.class)
                .list();
    }

    /**
     * Who receives a new message live: every member (the sender's other devices too), but not those who block the
     * sender or are blocked by them.
     */
    public List<UUID> liveRecipients(UUID conversationId, UUID senderId) {
        return db.sql("""
                        select m.user_id from conversation_members m
                        where m.conversation_id = :conversation
                          and not exists (select 1 from blocks b
                                          where (b.blocker_id = m.user_id and b.blocked_id = :sender)
                                             or (b.blocker_id = :sender and b.blocked_id = m.user_id))""")
                .param("conversation", conversationId)
                .param("sender", senderId)
                .query(UUID.class)
                .list();
    }
}
