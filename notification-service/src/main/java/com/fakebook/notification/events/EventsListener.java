package com.fakebook.notification.events;

import com.fakebook.events.account.AccountEvent;
import com.fakebook.events.friendship.FriendshipEvent;
import com.fakebook.events.messaging.MessagingEvent;
import com.fakebook.events.profile.ProfileEvent;
import com.fakebook.servicedefaults.events.IncomingEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * The four topics notification-service reads. An unknown type is logged and skipped; a record that does not parse,
 * or keeps failing, goes to the topic's dead-letter topic (service-defaults), so a partition never stalls.
 */
@Component
class EventsListener {

    private final IncomingEvents incoming;
    private final NotificationRules rules;

    EventsListener(IncomingEvents incoming, NotificationRules rules) {
        this.incoming = incoming;
        this.rules = rules;
    }

    @KafkaListener(topics = AccountEvent.TOPIC)
    void onAccount(ConsumerRecord<String, byte[]> record) {
        incoming.read(record, AccountEvent.TYPES).ifPresent(rules::apply);
    }

    @KafkaListener(topics = ProfileEvent.TOPIC)
    void onProfile(ConsumerRecord<String, byte[]> record) {
        incoming.read(record, ProfileEvent.TYPES).ifPresent(rules::apply);
    }

    @KafkaListener(topics = FriendshipEvent.TOPIC)
    void onFriendship(ConsumerRecord<String, byte[]> record) {
        incoming.read(record, FriendshipEvent.TYPES).ifPresent(rules::apply);
    }

    @KafkaListener(topics = MessagingEvent.TOPIC)
    void onMessaging(ConsumerRecord<String, byte[]> record) {
        incoming.read(record, MessagingEvent.TYPES).ifPresent(rules::apply);
    }
}
