package com.fakebook.profile.profiles;

import com.fakebook.events.account.AccountEvent;
import com.fakebook.servicedefaults.events.IncomingEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

@Component
class AccountEventsListener {

    private final IncomingEvents incoming;
    private final ProfileLifecycle lifecycle;

    AccountEventsListener(IncomingEvents incoming, ProfileLifecycle lifecycle) {
        this.incoming = incoming;
        this.lifecycle = lifecycle;
    }

    @KafkaListener(topics = AccountEvent.TOPIC)
    void on(ConsumerRecord<String, byte[]> record) {
        incoming.read(record, AccountEvent.TYPES).ifPresent(lifecycle::apply);
    }
}
