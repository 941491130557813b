package com.fakebook.messaging.people;

import com.fakebook.events.account.AccountEvent;
import com.fakebook.events.friendship.FriendshipEvent;
import com.fakebook.events.profile.ProfileEvent;
import com.fakebook.servicedefaults.events.IncomingEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Accounts, profiles and friendships from Kafka into the read models. */
@Component
class EventsListener {

    private final IncomingEvents incoming;
    private final PeopleLifecycle people;
    private final RelationshipsLifecycle relationships;

    EventsListener(IncomingEvents incoming, PeopleLifecycle people, RelationshipsLifecycle relationships) {
        this.incoming = incoming;
        this.people = people;
        this.relationships = relationships;
    }

    @KafkaListener(topics = AccountEvent.TOPIC)
    void onAccount(ConsumerRecord<String, byte[]> record) {
        incoming.read(record, AccountEvent.TYPES).ifPresent(people::apply);
    }

    @KafkaListener(topics = ProfileEvent.TOPIC)
    void onProfile(ConsumerRecord<String, byte[]> record) {
        incoming.read(record, ProfileEvent.TYPES).ifPresent(people::apply);
    }

    @KafkaListener(topics = FriendshipEvent.TOPIC)
    void onFriendship(ConsumerRecord<String, byte[]> record) {
        incoming.read(record, FriendshipEvent.TYPES, FriendshipEvent.RELATIONSHIP_CHANGES)
                .ifPresent(relationships::apply);
    }
}
