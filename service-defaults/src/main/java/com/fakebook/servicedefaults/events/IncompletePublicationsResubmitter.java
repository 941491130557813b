package com.fakebook.servicedefaults.events;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Sends again the events whose publication to Kafka did not complete (Kafka was down, the send timed out): the
 * outbox keeps them until Kafka acknowledges. Consumers deduplicate by event id, so a second send is harmless.
 */
class IncompletePublicationsResubmitter {

    private static final Logger log = LoggerFactory.getLogger(IncompletePublicationsResubmitter.class);

    private final IncompleteEventPublications incomplete;
    private final Duration olderThan;

    IncompletePublicationsResubmitter(IncompleteEventPublications incomplete, Duration olderThan) {
        this.incomplete = incomplete;
        this.olderThan = olderThan;
    }

    @Scheduled(
            fixedDelayString = "${fakebook.events.resubmit-every:30s}",
            initialDelayString = "${fakebook.events.resubmit-every:30s}")
    void resubmit() {
        try {
            incomplete.resubmitIncompletePublicationsOlderThan(olderThan);
        } catch (RuntimeException e) {
            log.warn("Resubmitting incomplete event publications failed; next attempt on schedule", e);
        }
    }
}
