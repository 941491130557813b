package com.fakebook.notification.feed;

import com.fakebook.notification.stream.StreamLog;
import com.fakebook.notification.stream.StreamLog.Entry;
import com.fakebook.notification.system.NotificationNotFound;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change to people's notifications, each followed in the same transaction by its events on the person's
 * stream: {@code notification} (made or changed, with the whole notification), {@code notification-removed},
 * {@code notifications-read}, then {@code unread-count}, counted while the person's stream is held. Changes that
 * touch several people hold their streams in the order of their ids (see {@link StreamLog#hold}).
 */
@Service
public class Feed {

    static final String CHANGED = "notification";
    static final String REMOVED = "notification-removed";
    static final String ALL_READ = "notifications-read";
    static final String UNREAD_COUNT = "unread-count";

    private final JdbcClient db;
    private final FeedQueries queries;
    private final StreamLog stream;
    private final Clock clock;

    Feed(JdbcClient db, FeedQueries queries, StreamLog stream, Clock clock) {
        this.db = db;
        this.queries = queries;
        this.stream = stream;
        this.clock = clock;
    }

    // --- from events -------------------------------------------------------------------------------------------

    /** Tells the person something once per subject: a second time (the same request, the welcome) changes nothing. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void tell(UUID recipient, NotificationType type, UUID actor, UUID subject, Instant at) {
        db.sql("""
                        insert into notifications (id, recipient_id, type, actor_id, subject_id, created_at, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (recipient_id, type, subject_id) do nothing
                        returning id""")
                .params(
                        UUID.randomUUID(),
                        recipient,
                        type.name(),
                        actor,
                        subject,
                        Timestamp.from(at),
                        Timestamp.from(at))
                .query(UUID.class)
                .optional()
                .ifPresent(id -> changed(recipient, id));
    }

    /** Takes back what the person was told about this subject (a request answered or withdrawn). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void retract(UUID recipient, NotificationType type, UUID subject) {
        db.sql("delete from notifications where recipient_id = ? and type = ? and subject_id = ? returning id")
                .params(recipient, type.name(), subject)
                .query(UUID.class)
                .optional()
                .ifPresent(id -> removed(recipient, List.of(id)));
    }

    /**
     * A message in a conversation for the person: counted among the conversation's unread messages, and the
     * conversation's one notification says so, names the newest sender and preview, moves to the top and is unread.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void messageReceived(
            UUID recipient,
            UUID sender,
            UUID conversation,
            long sequence,
            @Nullable String preview,
            @Nullable String conversationName,
            Instant at) {
        db.sql("""
                        with unread as (
                            insert into unread_messages (recipient_id, conversation_id, sequence, received_at)
                            values (:recipient, :conversation, :sequence, :at)
                            on conflict do nothing
                            returning sequence)
                        insert into notifications (id, recipient_id, type, actor_id, subject_id, message_count, preview,
                                                   conversation_name, last_sequence, created_at, updated_at)
                        values (:id, :recipient, 'NEW_MESSAGES', :sender, :conversation,
                                (select count(*) from unread_messages
                                 where recipient_id = :recipient and conversation_id = :conversation)
                                    + (select count(*) from unread),
                                :preview, :name, :sequence, :at, :at)
                        on conflict (recipient_id, type, subject_id) do update
                            set actor_id = excluded.actor_id, message_count = excluded.message_count,
                                preview = excluded.preview, conversation_name = excluded.conversation_name,
                                last_sequence = excluded.last_sequence,
                                updated_at = greatest(notifications.updated_at, excluded.updated_at), read_at = null
                            where notifications.last_sequence < excluded.last_sequence
                        returning id""")
                .param("id", UUID.randomUUID())
                .param("recipient", recipient)
                .param("sender", sender)
                .param("conversation", conversation)
                .param("preview", preview)
                .param("name", conversationName)
                .param("sequence", sequence)
                .param("at", Timestamp.from(at))
                .query(UUID.class)
                .optional()
                .ifPresent(id -> changed(recipient, id));
    }

    /**
     * The reader read the conversation up to {@code upTo}: those messages are no longer unread; when none is left
     * the conversation's notification is deleted, else its count goes down.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void conversationRead(UUID reader, UUID conversation, long upTo) {
        var cleared = db.sql("""
                        delete from unread_messages
                        where recipient_id = ? and conversation_id = ? and sequence <= ?""").params(reader, conversation, upTo).update();
        if (cleared == 0) {
            return;
        }
        var left = db.sql("select count(*) from unread_messages where recipient_id = ? and conversation_id = ?")
                .params(reader, conversation)
                .query(Integer.class)
                .single();
        if (left == 0) {
            retract(reader, NotificationType.NEW_MESSAGES, conversation);
            return;
        }
        db.sql("""
                        update notifications set message_count = ?
                        where recipient_id = ? and type = 'NEW_MESSAGES' and subject_id = ? returning id""")
                .params(left, reader, conversation)
                .query(UUID.class)
                .optional()
                .ifPresent(id -> changed(reader, id));
    }

    /**
     * The friend shows a new avatar: each of their friends who switched this type on, and is not apart from them, has
     * one notification of it, all made by one statement; one told before has that notification brought up again
     * (newest, unread) instead of a second.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void friendAvatarChanged(UUID friend, Instant at) {
        var type = NotificationType.FRIEND_AVATAR_CHANGED;
        var told = byRecipient(db.sql("""
                        insert into notifications (id, recipient_id, type, actor_id, subject_id, created_at, updated_at)
                        select gen_random_uuid(), f.friend_id, :type, :friend, :friend, :at, :at
                        from friends f
                            left join notification_preferences p on p.user_id = f.friend_id and p.type = :type
                        where f.user_id = :friend
                          and coalesce(p.enabled, :onByDefault)
                          and not exists (select 1 from blocks b
                                          where (b.blocker_id = f.friend_id and b.blocked_id = :friend)
                                             or (b.blocker_id = :friend and b.blocked_id = f.friend_id))
                          and not exists (select 1 from erased_people e where e.id in (:friend, f.friend_id))
                        on conflict (recipient_id, type, subject_id) do update
                            set updated_at = greatest(notifications.updated_at, excluded.updated_at), read_at = null
                        returning recipient_id, id""")
                .param("type", type.name())
                .param("friend", friend)
                .param("at", Timestamp.from(at))
                .param("onByDefault", type.onByDefault()));
        told.forEach((recipient, ids) -> ids.forEach(id -> changed(recipient, id)));
    }

    /** Each of the two disappears from the other's feed (a block). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void separate(UUID one, UUID other) {
        var gone = byRecipient(db.sql("""
                        delete from notifications
                        where (recipient_id = :one and actor_id = :other) or (recipient_id = :other and actor_id = :one)
                        returning recipient_id, id""").param("one", one).param("other", other));
        gone.forEach(this::removed);
    }

    /** A deleted account: its feed, its stream, and every notification about it in others' feeds. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void erase(UUID person) {
        db.sql("delete from notifications where recipient_id = ?").param(person).update();
        db.sql("delete from unread_messages where recipient_id = ?")
                .param(person)
                .update();
        stream.erase(person);
        var gone = byRecipient(db.sql("delete from notifications where actor_id = ? returning recipient_id, id")
                .param(person));
        gone.forEach(this::removed);
    }

    // --- from the person ---------------------------------------------------------------------------------------

    @Transactional
    public void markRead(UUID recipient, UUID id) {
        var marked = db.sql("""
                        update notifications set read_at = ?
                        where id = ? and recipient_id = ? and read_at is null""")
                .params(Timestamp.from(clock.instant()), id, recipient)
                .update();
        if (marked == 1) {
            changed(recipient, id);
        } else if (queries.find(recipient, id).isEmpty()) {
            throw new NotificationNotFound();
        }
    }

    @Transactional
    public void markAllRead(UUID recipient) {
        var now = clock.instant();
        var marked = db.sql("update notifications set read_at = ? where recipient_id = ? and read_at is null")
                .params(Timestamp.from(now), recipient)
                .update();
        if (marked > 0) {
            stream.append(recipient, List.of(new Entry(ALL_READ, Map.of("at", now)), unreadCount(0)));
        }
    }

    @Transactional
    public void delete(UUID recipient, UUID id) {
        var deleted = db.sql("delete from notifications where id = ? and recipient_id = ?")
                .params(id, recipient)
                .update();
        if (deleted == 0) {
            throw new NotificationNotFound();
        }
        removed(recipient, List.of(id));
    }

    /** Appends the count of every person in {@code recipients} (in id order) after some of theirs went silently. */
    @Transactional(propagation = Propagation.MANDATORY)
    void recount(Collection<UUID> recipients) {
        new TreeSet<>(recipients).forEach(this::count);
    }

    // --- stream events -----------------------------------------------------------------------------------------

    /** The notification as it is now, then the unread count, read while the person's stream is held. */
    private void changed(UUID recipient, UUID id) {
        stream.hold(recipient);
        queries.findCounted(id)
                .ifPresent(counted -> stream.append(
                        recipient, List.of(new Entry(CHANGED, counted.notification()), unreadCount(counted.unread()))));
    }

    private void removed(UUID recipient, List<UUID> ids) {
        stream.hold(recipient);
        var entries = new ArrayList<Entry>();
        ids.forEach(id -> entries.add(new Entry(REMOVED, Map.of("id", id))));
        entries.add(unreadCount(queries.of(recipient)));
        stream.append(recipient, entries);
    }

    private void count(UUID recipient) {
        stream.hold(recipient);
        stream.append(recipient, List.of(unreadCount(queries.of(recipient))));
    }

    private static Entry unreadCount(long count) {
        return new Entry(UNREAD_COUNT, Map.of("count", count));
    }

    /** Runs a change that returns (recipient_id, id), grouping the ids by recipient, recipients in id order. */
    private static Map<UUID, List<UUID>> byRecipient(JdbcClient.StatementSpec change) {
        var byRecipient = new TreeMap<UUID, List<UUID>>();
        change.query((rs, row) -> Map.entry(rs.getObject("recipient_id", UUID.class), rs.getObject("id", UUID.class)))
                .list()
                .forEach(entry -> byRecipient
                        .computeIfAbsent(entry.getKey(), key -> new ArrayList<>())
                        .add(entry.getValue()));
        return byRecipient;
    }
}
