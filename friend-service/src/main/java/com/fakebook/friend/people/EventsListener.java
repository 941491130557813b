package com.fakebook.friend.people;

import com.fakebook.events.account.AccountEvent;
import com.fakebook.events.profile.ProfileEvent;
import com.fakebook.servicedefaults.events.IncomingEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Accounts and profiles from Kafka into the people read model. */
@Component
class EventsListener {

    private final IncomingEvents incoming;
    private final PeopleLifecycle lifecycle;

    EventsListener(IncomingEvents incoming, PeopleLifecycle lifecycle) {
        this.incoming = incoming;
        this.lifecycle = lifecycle;
    }

    @KafkaListener(topics = AccountEvent.TOPIC)
    void onAccount(ConsumerRecord<String, byte[]> record) {
        incoming.read(record, AccountEvent.TYPES).ifPresent(lifecycle::apply);
    }

    @KafkaListener(topics = ProfileEvent.TOPIC)
    void onProfile(ConsumerRecord<String, byte[]> record) {
        incoming.read(record, ProfileEvent.TYPES).ifPresent(lifecycle::apply);
    }
}
