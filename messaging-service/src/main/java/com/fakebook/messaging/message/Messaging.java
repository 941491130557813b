package com.fakebook.messaging.message;

import com.fakebook.events.messaging.MessageSent;
import com.fakebook.messaging.conversation.Conversations;
import com.fakebook.messaging.conversation.Kind;
import com.fakebook.messaging.conversation.Membership;
import com.fakebook.messaging.delivery.Deliveries;
import com.fakebook.messaging.people.PersonLeaving;
import com.fakebook.messaging.system.ConversationNotFound;
import com.fakebook.messaging.system.InvalidField;
import com.fakebook.messaging.system.MessageNotFound;
import com.fakebook.messaging.system.NotAllowed;
import com.fakebook.servicedefaults.paging.Page;
import com.fakebook.servicedefaults.paging.PageQuery;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sending and changing messages. A send stores the message, numbers it and records {@code MessageSent} in one
 * transaction; once it commits, the message goes out to every socket of every member.
 */
@Service
public class Messaging {

    public static final Duration EDIT_WINDOW = Duration.ofMinutes(15);
    private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private final JdbcClient db;
    private final SendStatements sending;
    private final TransactionTemplate transactions;
    private final SendAdmission admission;
    private final Conversations conversations;
    private final MessageQueries queries;
    private final Deliveries deliveries;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Messaging(
            JdbcClient db,
            SendStatements sending,
            TransactionTemplate transactions,
            SendAdmission admission,
            Conversations conversations,
            MessageQueries queries,
            Deliveries deliveries,
            ApplicationEventPublisher events,
            Clock clock) {
        this.db = db;
        this.sending = sending;
        this.transactions = transactions;
        this.admission = admission;
        this.conversations = conversations;
        this.queries = queries;
        this.deliveries = deliveries;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Stores the message, or finds the one this sender already stored under the client id (a resend after a lost
     * ack), and acks it. The message goes out to the members' sockets once stored, after the transaction has
     * given its connection back: a send holds a pooled connection, and its conversation's lock, only for its SQL.
     */
    public Ack send(UUID sender, UUID conversationId, String clientMessageId, String text, @Nullable Long replyTo) {
        if (!CLIENT_ID.matcher(clientMessageId).matches()) {
            throw new InvalidField("clientMessageId", "A client message id has 1 to 64 letters, digits, - or _.");
        }
        var body = MessageText.checked(text, "text");
        var sent = admission.admit(() -> Objects.requireNonNull(
                transactions.execute(transaction -> store(sender, conversationId, clientMessageId, body, replyTo))));
        if (sent.frame() != null) {
            deliveries.send(sent.liveRecipients(), sent.frame());
        }
        return sent.ack();
    }

    /** A send's outcome: the ack, and the frame for those to receive it live (none for a resend). */
    private record Sent(
            Ack ack, List<UUID> liveRecipients, @Nullable MessageFrame frame) {}

    private Sent store(UUID sender, UUID conversationId, String clientMessageId, String body, @Nullable Long replyTo) {
        var locked = sending.lock(conversationId, sender, clientMessageId).orElseThrow(ConversationNotFound::new);
        var membership = locked.membership();
        if (locked.earlier() != null) {
            var earlier = locked.earlier();
            return new Sent(
                    new Ack(clientMessageId, conversationId, earlier.id(), earlier.sequence(), earlier.sentAt(), true),
                    List.of(),
                    null);
        }
        var members = sending.members(conversationId, sender);
        if (membership.kind() == Kind.DIRECT && !mayWriteDirect(members, sender)) {
            throw readOnly();
        }
        if (replyTo != null && !membership.mayAddress(replyTo)) {
            throw new InvalidField("replyTo", "There is no message numbered " + replyTo + " to reply to.");
        }
        var id = UUID.randomUUID();
        var now = clock.instant();
        var sequence = sending.store(id, conversationId, sender, clientMessageId, body, replyTo, now);
        var toNotify = members.stream()
                .filter(member -> !member.id().equals(sender) && !member.muted() && !member.blocked())
                .map(SendStatements.Member::id)
                .toList();
        events.publishEvent(MessageSent.of(
                conversationId,
                id,
                sequence,
                sender,
                toNotify,
                body,
                membership.kind() == Kind.GROUP ? membership.name() : null));
        var liveRecipients = members.stream()
                .filter(member -> !member.blocked())
                .map(SendStatements.Member::id)
                .toList();
        var view = new MessageView(
                id, conversationId, sequence, sender, clientMessageId, body, replyTo, now, null, false, List.of());
        return new Sent(
                new Ack(clientMessageId, conversationId, id, sequence, now, false),
                liveRecipients,
                new MessageFrame(view));
    }

    /** In a direct conversation the sender writes only while the other is still in it, a friend, and not blocked. */
    private static boolean mayWriteDirect(List<SendStatements.Member> members, UUID sender) {
        return members.stream()
                .filter(member -> !member.id().equals(sender))
                .findFirst()
                .filter(other -> other.friend() && !other.blocked())
                .isPresent();
    }

    /** History: newest first before a number (or from the newest); oldest first after one (catching up). */
    @Transactional(readOnly = true)
    public List<MessageView> history(
            UUID viewer, UUID conversationId, @Nullable Long before, @Nullable Long after, int limit) {
        var membership = member(viewer, conversationId);
        return queries.page(viewer, conversationId, membership.visibleFrom(), before, after, limit);
    }

    @Transactional(readOnly = true)
    public Page<MessageView> search(UUID viewer, String text, PageQuery page) {
        return queries.search(viewer, text, page);
    }

    /** The sender changes the text within {@link #EDIT_WINDOW} of sending. */
    @Transactional
    public MessageView edit(UUID editor, UUID conversationId, long sequence, String text) {
        var body = MessageText.checked(text, "text");
        var membership = member(editor, conversationId);
        var message = own(editor, membership, sequence);
        if (message.unsent()) {
            throw new NotAllowed("message-unsent", "An unsent message cannot be edited.");
        }
        if (message.sentAt().plus(EDIT_WINDOW).isBefore(clock.instant())) {
            throw new NotAllowed("edit-window-over", "A message can be edited for 15 minutes after it was sent.");
        }
        mayWrite(membership, editor);
        db.sql("update messages set body = ?, edited_at = ? where id = ?")
                .params(body, Timestamp.from(clock.instant()), message.id())
                .update();
        return changed(editor, membership, sequence);
    }

    /** The sender takes the message back for everyone: its text is gone for good. */
    @Transactional
    public MessageView unsend(UUID sender, UUID conversationId, long sequence) {
        var membership = member(sender, conversationId);
        var message = own(sender, membership, sequence);
        db.sql("update messages set body = null, unsent = true where id = ?")
                .param(message.id())
                .update();
        db.sql("delete from reactions where message_id = ?").param(message.id()).update();
        return changed(sender, membership, sequence);
    }

    /** Deletes the message for the viewer only; the others still see it. */
    @Transactional
    public void hide(UUID viewer, UUID conversationId, long sequence) {
        var membership = member(viewer, conversationId);
        var message = visible(viewer, membership, sequence);
        db.sql("insert into hidden_messages (message_id, user_id) values (?, ?) on conflict do nothing")
                .params(message.id(), viewer)
                .update();
    }

    /** The viewer's reaction to the message (replacing theirs), or none when {@code emoji} is null. */
    @Transactional
    public MessageView react(UUID viewer, UUID conversationId, long sequence, @Nullable String emoji) {
        var membership = member(viewer, conversationId);
        var message = visible(viewer, membership, sequence);
        if (emoji == null) {
            db.sql("delete from reactions where message_id = ? and user_id = ?")
                    .params(message.id(), viewer)
                    .update();
        } else {
            if (message.unsent()) {
                throw new NotAllowed("message-unsent", "An unsent message takes no reactions.");
            }
            db.sql("""
                            insert into reactions (message_id, user_id, emoji, reacted_at) values (?, ?, ?, ?)
                            on conflict (message_id, user_id)
                            do update set emoji = excluded.emoji, reacted_at = excluded.reacted_at""")
                    .params(message.id(), viewer, Emoji.checked(emoji), Timestamp.from(clock.instant()))
                    .update();
        }
        return changed(viewer, membership, sequence);
    }

    /** A deleted account's messages lose their text (their numbers stay, so nobody's history has a gap). */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(PersonLeaving leaving) {
        db.sql("update messages set body = null, unsent = true where sender_id = ?")
                .param(leaving.personId())
                .update();
        db.sql("delete from reactions where user_id = ?")
                .param(leaving.personId())
                .update();
        db.sql("delete from hidden_messages where user_id = ?")
                .param(leaving.personId())
                .update();
    }

    private MessageView changed(UUID actor, Membership membership, long sequence) {
        var view = queries.one(actor, membership.conversationId(), membership.visibleFrom(), sequence)
                .orElseThrow(MessageNotFound::new);
        deliveries.sendAfterCommit(conversations.memberIds(membership.conversationId()), new MessageChangedFrame(view));
        return view;
    }

    /**
     * A direct conversation is written in only while the two are friends and neither blocks the other; a group,
     * by its members.
     */
    private void mayWrite(Membership membership, UUID writer) {
        if (membership.kind() == Kind.DIRECT
                && !mayWriteDirect(sending.members(membership.conversationId(), writer), writer)) {
            throw readOnly();
        }
    }

    private static NotAllowed readOnly() {
        return new NotAllowed("conversation-read-only", "You can no longer send messages in this conversation.");
    }

    private Membership member(UUID viewer, UUID conversationId) {
        return conversations.membership(conversationId, viewer).orElseThrow(ConversationNotFound::new);
    }

    private MessageView visible(UUID viewer, Membership membership, long sequence) {
        return queries.one(viewer, membership.conversationId(), membership.visibleFrom(), sequence)
                .orElseThrow(MessageNotFound::new);
    }

    private MessageView own(UUID sender, Membership membership, long sequence) {
        var message = visible(sender, membership, sequence);
        if (!message.senderId().equals(sender)) {
            throw new NotAllowed("not-your-message", "Only its sender can change a message.");
        }
        return message;
    }
}
