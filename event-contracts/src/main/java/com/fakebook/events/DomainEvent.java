package com.fakebook.events;

import java.time.Instant;
import java.util.UUID;

/**
 * What every Fakebook event carries besides its own fields. The attributes map one to one to the CloudEvents
 * attributes a publisher puts in the Kafka record's headers ({@code ce_id}, {@code ce_type}, {@code ce_time},
 * {@code ce_subject}); the record itself is the JSON payload.
 */
public interface DomainEvent {

    /** Unique per event: consumers deduplicate by it. */
    UUID id();

    /** When the change happened, at the producer. */
    Instant occurredAt();

    /** The aggregate the event is about; it is the Kafka key, so events of one subject stay in order. */
    String subject();

    /** The versioned type name, e.g. {@code fakebook.account.AccountRegistered}. */
    String type();

    /** The Kafka topic of the event's family, e.g. {@code fakebook.account.v1}. */
    String topic();
}
