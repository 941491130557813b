package com.fakebook.messaging.conversation;

import com.fakebook.events.friendship.FriendshipEvent;
import com.fakebook.events.messaging.ConversationRead;
import com.fakebook.messaging.delivery.Deliveries;
import com.fakebook.messaging.people.People;
import com.fakebook.messaging.people.PersonLeaving;
import com.fakebook.messaging.system.ConversationNotFound;
import com.fakebook.messaging.system.InvalidField;
import com.fakebook.messaging.system.NotAllowed;
import com.fakebook.messaging.system.PersonNotFound;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Opening, naming, joining, leaving, muting and reading conversations, by their rules. */
@Service
public class ConversationManagement {

    public static final int MAX_GROUP_MEMBERS = 100;
    public static final int MAX_NAME_LENGTH = 100;

    private final JdbcClient db;
    private final Conversations conversations;
    private final ConversationQueries queries;
    private final People people;
    private final Deliveries deliveries;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ConversationManagement(
            JdbcClient db,
            Conversations conversations,
            ConversationQueries queries,
            People people,
            Deliveries deliveries,
            ApplicationEventPublisher events,
            Clock clock) {
        this.db = db;
        this.conversations = conversations;
        this.queries = queries;
        this.people = people;
        this.deliveries = deliveries;
        this.events = events;
        this.clock = clock;
    }

    /** Opened: the conversation, and whether this call made it. */
    public record Opened(ConversationView conversation, boolean created) {}

    /**
     * The direct conversation of the two, made if there was none. Only friends who do not block each other can
     * start one; an existing one opens whatever became of the friendship (read-only then).
     */
    @Transactional
    public Opened openDirect(UUID me, UUID other) {
        if (me.equals(other)) {
            throw new InvalidField("userId", "You cannot start a conversation with yourself.");
        }
        var pair = FriendshipEvent.pairKey(me, other);
        var existing = directBetween(pair);
        if (existing != null && !people.blockedEitherWay(me, other)) {
            return new Opened(view(me, existing), false);
        }
        if (!people.mayChat(me, other)) {
            throw new PersonNotFound();
        }
        var id = UUID.randomUUID();
        var now = Timestamp.from(clock.instant());
        var made = db.sql("""
                        insert into conversations (id, kind, direct_pair, created_by, created_at, last_activity_at)
                        values (:id, 'DIRECT', :pair, :me, :now, :now)
                        on conflict (direct_pair) do nothing""")
                .param("id", id)
                .param("pair", pair)
                .param("me", me)
                .param("now", now)
                .update();
        if (made == 0) {
            return new Opened(view(me, Objects.requireNonNull(directBetween(pair))), false);
        }
        addMembers(id, List.of(me, other), 1);
        return new Opened(view(me, id), true);
    }

    /** A group of the creator and some of their friends. */
    @Transactional
    public ConversationView createGroup(UUID me, String name, List<UUID> memberIds) {
        var groupName = checkedName(name);
        var others = new LinkedHashSet<>(memberIds);
        others.remove(me);
        if (others.isEmpty()) {
            throw new InvalidField("memberIds", "Add at least one friend.");
        }
        if (others.size() + 1 > MAX_GROUP_MEMBERS) {
            throw new InvalidField("memberIds", "A group has at most " + MAX_GROUP_MEMBERS + " members.");
        }
        if (people.friendsAmong(me, others).size() != others.size()) {
            throw new InvalidField("memberIds", "Only your friends can be added.");
        }
        var id = UUID.randomUUID();
        var now = Timestamp.from(clock.instant());
        db.sql("""
                        insert into conversations (id, kind, name, created_by, created_at, last_activity_at)
                        values (:id, 'GROUP', :name, :me, :now, :now)""")
                .param("id", id)
                .param("name", groupName)
                .param("me", me)
                .param("now", now)
                .update();
        var members = new ArrayList<UUID>();
        members.add(me);
        members.addAll(others);
        addMembers(id, members, 1);
        deliveries.sendAfterCommit(others, new ConversationChangedFrame(id));
        return view(me, id);
    }

    @Transactional
    public ConversationView rename(UUID me, UUID conversationId, String name) {
        var membership = groupMembership(me, conversationId);
        db.sql("update conversations set name = ? where id = ?")
                .params(checkedName(name), membership.conversationId())
                .update();
        changed(conversationId);
        return view(me, conversationId);
    }

    /** Adds one of the caller's friends to a group; they see what is said from now on. */
    @Transactional
    public ConversationView addMember(UUID me, UUID conversationId, UUID newMember) {
        var membership = groupMembership(me, conversationId);
        if (people.friendsAmong(me, List.of(newMember)).isEmpty()) {
            throw new InvalidField("userId", "Only your friends can be added.");
        }
        var members = conversations.memberIds(conversationId);
        if (!members.contains(newMember)) {
            if (members.size() >= MAX_GROUP_MEMBERS) {
                throw new InvalidField("userId", "A group has at most " + MAX_GROUP_MEMBERS + " members.");
            }
            addMembers(conversationId, List.of(newMember), membership.lastSequence() + 1);
            changed(conversationId);
            deliveries.sendAfterCommit(List.of(newMember), new ConversationChangedFrame(conversationId));
        }
        return view(me, conversationId);
    }

    /** Leaves a group (removing oneself), or, as its creator, removes someone from it. */
    @Transactional
    public void removeMember(UUID me, UUID conversationId, UUID member) {
        var membership = groupMembership(me, conversationId);
        if (!member.equals(me) && !membership.createdBy().equals(me)) {
            throw new NotAllowed("not-the-creator", "Only the group's creator can remove others.");
        }
        var removed = db.sql("delete from conversation_members where conversation_id = ? and user_id = ?")
                .params(conversationId, member)
                .update();
        if (removed == 0) {
            throw new PersonNotFound();
        }
        changed(conversationId);
        deliveries.sendAfterCommit(List.of(member), new ConversationChangedFrame(conversationId));
    }

    @Transactional
    public ConversationView mute(UUID me, UUID conversationId, boolean muted) {
        member(me, conversationId);
        db.sql("update conversation_members set muted = ? where conversation_id = ? and user_id = ?")
                .params(muted, conversationId, me)
                .update();
        return view(me, conversationId);
    }

    /**
     * Moves the reader's read mark up to the message (never back). Tells the other members (a read receipt) and
     * notifications (to clear what they showed) when it moved.
     */
    @Transactional
    public void markRead(UUID me, UUID conversationId, long upToSequence) {
        var membership = member(me, conversationId);
        if (upToSequence < 0 || upToSequence > membership.lastSequence()) {
            throw new InvalidField("upToSequence", "There is no message numbered " + upToSequence + " yet.");
        }
        var moved = db.sql("""
                        update conversation_members
                        set last_read_sequence = :seq,
                            last_delivered_sequence = greatest(last_delivered_sequence, :seq)
                        where conversation_id = :conversation and user_id = :me and last_read_sequence < :seq""")
                .param("seq", upToSequence)
                .param("conversation", conversationId)
                .param("me", me)
                .update();
        if (moved == 1) {
            events.publishEvent(ConversationRead.of(conversationId, me, upToSequence));
            deliveries.sendAfterCommit(
                    conversations.memberIds(conversationId), new ReadFrame(conversationId, me, upToSequence));
        }
    }

    /** Moves the member's delivered mark up (never back) and tells the others: a delivery receipt. */
    @Transactional
    public void markDelivered(UUID me, UUID conversationId, long upToSequence) {
        var membership = member(me, conversationId);
        if (upToSequence < 0 || upToSequence > membership.lastSequence()) {
            throw new InvalidField("upToSequence", "There is no message numbered " + upToSequence + " yet.");
        }
        var moved = db.sql("""
                        update conversation_members set last_delivered_sequence = :seq
                        where conversation_id = :conversation and user_id = :me and last_delivered_sequence < :seq""")
                .param("seq", upToSequence)
                .param("conversation", conversationId)
                .param("me", me)
                .update();
        if (moved == 1) {
            deliveries.sendAfterCommit(
                    conversations.memberIds(conversationId), new DeliveredFrame(conversationId, me, upToSequence));
        }
    }

    /** A deleted account leaves every conversation. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(PersonLeaving leaving) {
        db.sql("delete from conversation_members where user_id = ?")
                .param(leaving.personId())
                .update();
    }

    ConversationView view(UUID me, UUID conversationId) {
        return queries.find(me, conversationId).orElseThrow(ConversationNotFound::new);
    }

    private Membership member(UUID me, UUID conversationId) {
        return conversations.membership(conversationId, me).orElseThrow(ConversationNotFound::new);
    }

    private Membership groupMembership(UUID me, UUID conversationId) {
        var membership = conversations.lockMembership(conversationId, me).orElseThrow(ConversationNotFound::new);
        if (membership.kind() != Kind.GROUP) {
            throw new NotAllowed("not-a-group", "A direct conversation has no name and no other members.");
        }
        return membership;
    }

    private void changed(UUID conversationId) {
        deliveries.sendAfterCommit(
                conversations.memberIds(conversationId), new ConversationChangedFrame(conversationId));
    }

    private void addMembers(UUID conversationId, List<UUID> members, long visibleFrom) {
        var now = Timestamp.from(clock.instant());
        for (var member : members) {
            db.sql("""
                            insert into conversation_members (conversation_id, user_id, joined_at, visible_from)
                            values (?, ?, ?, ?) on conflict do nothing""").params(conversationId, member, now, visibleFrom).update();
        }
    }

    private static String checkedName(String name) {
        var trimmed = name.strip();
        if (trimmed.isEmpty() || trimmed.codePointCount(0, trimmed.length()) > MAX_NAME_LENGTH) {
            throw new InvalidField("name", "A group's name has 1 to " + MAX_NAME_LENGTH + " characters.");
        }
        return trimmed;
    }

    private @Nullable UUID directBetween(String pair) {
        return db.sql("select id from conversations where direct_pair = ?")
                .param(pair)
                .query(UUID.class)
                .optional()
                .orElse(null);
    }
}
