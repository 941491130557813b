package com.fakebook.testsupport.events;

import com.fakebook.events.DomainEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Records every {@link DomainEvent} the application publishes, once the transaction that published it has
 * committed: exactly the events its outbox took (a rolled-back transaction's events are not recorded), whether or
 * not they have reached Kafka yet, and whether or not the outbox still keeps them. A test imports it into the
 * application ({@code @Import(CommittedEvents.class)}), forgets what earlier tests committed ({@link #clear()}) and
 * counts by type and subject.
 *
 * <p>A plain, synchronous listener, not a transactional one: Spring Modulith stores a publication for every
 * after-commit listener, and this one must not add rows to the outbox it observes. It registers a transaction
 * synchronization instead, which runs after the commit on the publishing thread.
 */
public class CommittedEvents {

    private final List<DomainEvent> committed = new CopyOnWriteArrayList<>();

    @EventListener
    void on(DomainEvent event) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    committed.add(event);
                }
            });
        } else {
            committed.add(event);
        }
    }

    /** Forgets every event recorded so far, so that a test sees only what it causes. */
    public void clear() {
        committed.clear();
    }

    /** The committed events of a type (e.g. {@code fakebook.friendship.FriendRequestAccepted}) about a subject. */
    public List<DomainEvent> of(String type, String subject) {
        return committed.stream()
                .filter(event -> event.type().equals(type) && event.subject().equals(subject))
                .toList();
    }

    /** How many events of a type were committed about a subject (the Kafka key, e.g. a friendship's pair). */
    public long count(String type, String subject) {
        return of(type, subject).size();
    }
}
