package com.fakebook.servicedefaults.events;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The outbox's backlog, {@code fakebook.outbox.publications.incomplete}: events committed with their change and not
 * yet acknowledged by Kafka. Near zero while Kafka takes what is sent; a line that climbs means sends fail (Kafka
 * away, a topic missing) and the resubmission keeps retrying, which is what an operator must see before the table
 * grows for hours. Counted from the publication registry's table when Prometheus scrapes (its index on
 * {@code completion_date} keeps that cheap); no number (NaN) while the database does not answer.
 */
class OutboxBacklog implements MeterBinder {

    static final String METER = "fakebook.outbox.publications.incomplete";

    private final JdbcClient jdbc;

    OutboxBacklog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder(METER, this, OutboxBacklog::incomplete)
                .description("Domain events in the outbox not yet acknowledged by Kafka")
                .register(registry);
    }

    double incomplete() {
        try {
            return jdbc.sql("select count(*) from event_publication where completion_date is null")
                    .query(Long.class)
                    .single();
        } catch (DataAccessException e) {
            return Double.NaN;
        }
    }
}
