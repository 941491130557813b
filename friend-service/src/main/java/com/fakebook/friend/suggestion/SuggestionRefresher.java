package com.fakebook.friend.suggestion;

import com.fakebook.friend.people.People;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The worker that computes queued suggestion lists, off the request path. Each instance runs one drain at a time
 * on a thread of its own, woken after the commit of a transaction that queued someone, and every
 * {@code fakebook.suggestions.refresh.poll-every} for what other instances queued. A drain leases a batch
 * ({@link SuggestionRefreshes#claim}: committed at once, so queuing never waits behind a computation), computes
 * each list in a transaction of its own, and goes on until nothing is due. Any number of instances drain together:
 * a leased row is skipped by the others, and comes back if its worker dies.
 */
@Component
public class SuggestionRefresher {

    private static final Logger log = LoggerFactory.getLogger(SuggestionRefresher.class);

    private final SuggestionRefreshes queue;
    private final Suggestions suggestions;
    private final People people;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final int batch;
    private final Duration lease;
    private final Timer computing;
    private final Counter failures;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("suggestion-refresher").daemon().factory());
    private final AtomicBoolean wakePending = new AtomicBoolean();
    private final AtomicBoolean draining = new AtomicBoolean();

    SuggestionRefresher(
            SuggestionRefreshes queue,
            Suggestions suggestions,
            People people,
            TransactionTemplate transactions,
            Clock clock,
            MeterRegistry meters,
            @Value("${fakebook.suggestions.refresh.batch:20}") int batch,
            @Value("${fakebook.suggestions.refresh.lease:5m}") Duration lease) {
        this.queue = queue;
        this.suggestions = suggestions;
        this.people = people;
        this.transactions = transactions;
        this.clock = clock;
        this.batch = batch;
        this.lease = lease;
        this.computing = Timer.builder("fakebook.friend.suggestions.computed")
                .description("Suggestion lists computed by the worker")
                .register(meters);
        this.failures = Counter.builder("fakebook.friend.suggestions.failed")
                .description("Suggestion list computations that failed (tried again when their lease ends)")
                .register(meters);
        Gauge.builder("fakebook.friend.suggestions.queued", queue, SuggestionRefreshes::waiting)
                .description("People waiting for their suggestion lists to be computed")
                .register(meters);
    }

    /** Wakes this instance's worker once the current transaction commits (at once when there is none). */
    void wakeAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    wake();
                }
            });
        } else {
            wake();
        }
    }

    @Scheduled(
            initialDelayString = "${fakebook.suggestions.refresh.poll-every:1s}",
            fixedDelayString = "${fakebook.suggestions.refresh.poll-every:1s}")
    void poll() {
        wake();
    }

    /** Whether a drain is running or about to: tests wait for the worker to be idle before they clear the tables. */
    public boolean busy() {
        return draining.get() || wakePending.get();
    }

    private void wake() {
        if (wakePending.compareAndSet(false, true)) {
            runner.execute(() -> {
                draining.set(true);
                wakePending.set(false);
                try {
                    drain(clock::instant);
                } catch (RuntimeException e) {
                    log.warn("Suggestion refresh stopped; the next wake goes on", e);
                } finally {
                    draining.set(false);
                }
            });
        }
    }

    /** Computes every list due by {@code now}; returns how many it computed. For tests: the worker uses the clock. */
    int drainDueBy(Instant now) {
        return drain(() -> now);
    }

    private int drain(Supplier<Instant> now) {
        var computed = 0;
        while (true) {
            var at = now.get();
            var claims = transactions.execute(status -> queue.claim(at, batch, at.plus(lease)));
            if (claims == null || claims.isEmpty()) {
                return computed;
            }
            for (var claim : claims) {
                try {
                    computing.record(() -> transactions.executeWithoutResult(status -> {
                        if (people.lockExisting(claim.person())) {
                            suggestions.recompute(claim.person(), clock.instant());
                        }
                        queue.done(claim);
                    }));
                    computed++;
                } catch (RuntimeException e) {
                    failures.increment();
                    log.warn("Suggestions of {} not computed; tried again when the lease ends", claim.person(), e);
                }
            }
        }
    }

    @PreDestroy
    void stop() {
        runner.shutdownNow();
    }
}
