package com.fakebook.messaging.conversation;

import com.fakebook.events.messaging.MessageSent;
import com.fakebook.messaging.people.People;
import com.fakebook.messaging.people.PersonView;
import com.fakebook.servicedefaults.paging.Cursor;
import com.fakebook.servicedefaults.paging.Page;
import com.fakebook.servicedefaults.paging.PageQuery;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A person's conversations as they see them: newest activity first, with names, previews and unread counts. */
@Component
class ConversationQueries {

    private static final String ROWS = """
            select m.conversation_id, m.user_id, c.kind, c.name, c.created_by, c.last_sequence, m.visible_from,
                   m.last_read_sequence, m.muted,
                   c.last_activity_at, last.sequence as last_message_sequence, last.sender_id as last_message_sender,
                   last.body as last_message_body, last.sent_at as last_message_sent_at,
                   c.kind = 'DIRECT' and not exists (
                       select 1 from conversation_members o
                       join friendships f on f.user_id = m.user_id and f.friend_id = o.user_id
                       where o.conversation_id = c.id and o.user_id <> m.user_id
                         and not exists (select 1 from blocks b
                                         where (b.blocker_id = m.user_id and b.blocked_id = o.user_id)
                                            or (b.blocker_id = o.user_id and b.blocked_id = m.user_id))) as read_only
            from conversation_members m
            join conversations c on c.id = m.conversation_id
            left join lateral (
                select msg.sequence, msg.sender_id, msg.body, msg.sent_at from messages msg
                where msg.conversation_id = c.id and msg.sequence >= m.visible_from
                  and not exists (select 1 from hidden_messages h where h.message_id = msg.id and h.user_id = m.user_id)
                order by msg.sequence desc limit 1) last on true
            where m.user_id = :user
            """;

    private final JdbcClient db;
    private final People people;

    ConversationQueries(JdbcClient db, People people) {
        this.db = db;
        this.people = people;
    }

    Page<ConversationView> list(UUID viewer, PageQuery page) {
        var after = page.after();
        var rows = db.sql(ROWS
                        + (after == null ? "" : " and (c.last_activity_at, c.id) < (:at, :id)")
                        + " order by c.last_activity_at desc, c.id desc limit :limit")
                .param("user", viewer)
                .param("at", after == null ? null : Timestamp.from(after.at()))
                .param("id", after == null ? null : after.id())
                .param("limit", page.limit() + 1)
                .query(ConversationRow::read)
                .list();
        var views = views(viewer, rows);
        return Page.of(views, page.limit(), view -> new Cursor(view.lastActivityAt(), view.id()));
    }

    Optional<ConversationView> find(UUID viewer, UUID conversationId) {
        var rows = db.sql(ROWS + " and c.id = :conversation")
                .param("user", viewer)
                .param("conversation", conversationId)
                .query(ConversationRow::read)
                .list();
        return views(viewer, rows).stream().findFirst();
    }

    private List<ConversationView> views(UUID viewer, List<ConversationRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        var members = membersOf(rows.stream().map(ConversationRow::id).toList());
        var shown = people.show(members.values().stream()
                .flatMap(List::stream)
                .map(ConversationView.Member::userId)
                .toList());
        return rows.stream()
                .map(row -> view(viewer, row, members.getOrDefault(row.id(), List.of()), shown))
                .toList();
    }

    private ConversationView view(
            UUID viewer, ConversationRow row, List<ConversationView.Member> members, Map<UUID, PersonView> shown) {
        var participants =
                members.stream().map(member -> shown.get(member.userId())).toList();
        var others = participants.stream().filter(p -> !p.id().equals(viewer)).toList();
        var membership = row.membership();
        var direct = membership.kind() == Kind.DIRECT;
        var name = direct
                ? others.stream().findFirst().map(PersonView::displayName).orElse("Fakebook user")
                : membership.name();
        return new ConversationView(
                row.id(),
                membership.kind(),
                name,
                participants,
                members,
                membership.createdBy(),
                lastMessage(row),
                membership.lastSequence(),
                membership.lastReadSequence(),
                Math.max(
                        0,
                        membership.lastSequence()
                                - Math.max(membership.lastReadSequence(), membership.visibleFrom() - 1)),
                membership.muted(),
                row.readOnly(),
                row.lastActivityAt());
    }

    private static ConversationView.@Nullable LastMessage lastMessage(ConversationRow row) {
        if (row.lastMessageSequence() == null) {
            return null;
        }
        var body = row.lastMessageBody();
        return new ConversationView.LastMessage(
                row.lastMessageSequence(),
                row.lastMessageSender(),
                body == null ? null : MessageSent.previewOf(body),
                row.lastMessageSentAt());
    }

    /** The members of these conversations and their marks, in one query. */
    private Map<UUID, List<ConversationView.Member>> membersOf(Collection<UUID> conversationIds) {
        var members = new HashMap<UUID, List<ConversationView.Member>>();
        db.sql("""
                        select conversation_id, user_id, last_read_sequence, last_delivered_sequence
                        from conversation_members
                        where conversation_id in (:ids) order by joined_at, user_id""")
                .param("ids", conversationIds)
                .query((rs, n) -> {
                    members.computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>())
                            .add(new ConversationView.Member(
                                    rs.getObject(2, UUID.class), rs.getLong(3), rs.getLong(4)));
                    return n;
                })
                .list();
        return members;
    }
}
