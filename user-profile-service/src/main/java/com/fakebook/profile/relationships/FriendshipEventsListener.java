package com.fakebook.profile.relationships;

import com.fakebook.events.friendship.FriendRequestAccepted;
import com.fakebook.events.friendship.FriendshipEnded;
import com.fakebook.events.friendship.FriendshipEvent;
import com.fakebook.events.friendship.UserBlocked;
import com.fakebook.events.friendship.UserUnblocked;
import com.fakebook.servicedefaults.events.IncomingEvents;
import com.fakebook.servicedefaults.events.ProcessedEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the relationships read model in step with friend-service: friendships made and ended, blocks placed and
 * lifted, each event applied once. Requests change nothing here: only friendships and blocks decide who sees what.
 */
@Component
class FriendshipEventsListener {

    private static final Logger log = LoggerFactory.getLogger(FriendshipEventsListener.class);

    private final IncomingEvents incoming;
    private final ProcessedEvents processed;
    private final Relationships relationships;
    private final TransactionTemplate transaction;

    FriendshipEventsListener(
            IncomingEvents incoming,
            ProcessedEvents processed,
            Relationships relationships,
            TransactionTemplate transaction) {
        this.incoming = incoming;
        this.processed = processed;
        this.relationships = relationships;
        this.transaction = transaction;
    }

    @KafkaListener(topics = FriendshipEvent.TOPIC)
    void on(ConsumerRecord<String, byte[]> record) {
        incoming.read(record, FriendshipEvent.TYPES, FriendshipEvent.RELATIONSHIP_CHANGES)
                .ifPresent(this::apply);
    }

    void apply(FriendshipEvent event) {
        transaction.executeWithoutResult(status -> {
            if (!processed.firstDelivery(event)) {
                log.debug("Event {} already applied", event.id());
                return;
            }
            switch (event) {
                case FriendRequestAccepted accepted ->
                    relationships.befriend(accepted.senderId(), accepted.recipientId());
                case FriendshipEnded ended -> relationships.unfriend(ended.endedBy(), ended.otherUserId());
                case UserBlocked blocked -> relationships.block(blocked.blockerId(), blocked.blockedId());
                case UserUnblocked unblocked -> relationships.unblock(unblocked.blockerId(), unblocked.blockedId());
                default -> {}
            }
        });
    }
}
