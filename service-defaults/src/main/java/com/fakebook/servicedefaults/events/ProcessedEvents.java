package com.fakebook.servicedefaults.events;

import com.fakebook.events.DomainEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ids of the events this service has applied ({@code processed_events}). A consumer records an event in the
 * same transaction as its effect; a redelivered event finds its id there and changes nothing.
 */
public class ProcessedEvents {

    private final JdbcClient jdbc;

    public ProcessedEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the event as processed; false when it already was, and then the caller must do nothing. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean firstDelivery(DomainEvent event) {
        return jdbc.sql("insert into processed_events (event_id, event_type) values (?, ?) on conflict do nothing")
                        .params(event.id(), event.type())
                        .update()
                == 1;
    }
}
