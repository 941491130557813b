package com.fakebook.messaging.people;

import com.fakebook.events.DomainEvent;
import com.fakebook.events.friendship.FriendRequestAccepted;
import com.fakebook.events.friendship.FriendshipEnded;
import com.fakebook.events.friendship.UserBlocked;
import com.fakebook.events.friendship.UserUnblocked;
import com.fakebook.servicedefaults.events.ProcessedEvents;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Friendships and blocks follow friend-service's events, each applied once; the events of a pair come in order
 * (one key, one partition). Requests change nothing here: chat is between friends.
 */
@Service
class RelationshipsLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RelationshipsLifecycle.class);

    private final JdbcClient db;
    private final ProcessedEvents processed;

    RelationshipsLifecycle(JdbcClient db, ProcessedEvents processed) {
        this.db = db;
        this.processed = processed;
    }

    @Transactional
    public void apply(DomainEvent event) {
        if (!processed.firstDelivery(event)) {
            return;
        }
        switch (event) {
            case FriendRequestAccepted accepted -> befriend(accepted.senderId(), accepted.recipientId());
            case FriendshipEnded ended -> unfriend(ended.endedBy(), ended.otherUserId());
            case UserBlocked blocked -> block(blocked.blockerId(), blocked.blockedId());
            case UserUnblocked unblocked -> unblock(unblocked.blockerId(), unblocked.blockedId());
            default -> log.debug("Event type {} changes nothing here", event.type());
        }
    }

    private void befriend(UUID one, UUID other) {
        db.sql("""
                        insert into friendships (user_id, friend_id)
                        values (:one, :other), (:other, :one)
                        on conflict do nothing""").param("one", one).param("other", other).update();
    }

    private void unfriend(UUID one, UUID other) {
        db.sql("""
                        delete from friendships
                        where (user_id = :one and friend_id = :other) or (user_id = :other and friend_id = :one)""").param("one", one).param("other", other).update();
    }

    private void block(UUID blocker, UUID blocked) {
        unfriend(blocker, blocked);
        db.sql("insert into blocks (blocker_id, blocked_id) values (?, ?) on conflict do nothing")
                .params(blocker, blocked)
                .update();
    }

    private void unblock(UUID blocker, UUID blocked) {
        db.sql("delete from blocks where blocker_id = ? and blocked_id = ?")
                .params(blocker, blocked)
                .update();
    }
}
