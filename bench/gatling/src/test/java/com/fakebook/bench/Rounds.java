package com.fakebook.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The outcomes of one continuous closed-model run, cut into its measured rounds by the time each operation ended:
 * the throughput of a round is what ended in it, over its length. The load never pauses between rounds, so no
 * round starts empty or ends draining.
 */
final class Rounds {

    private record Outcome(long endedAt, long millis, boolean ok) {}

    /**
     * One round's figures: latencies of the operations that succeeded, and how the machine's CPUs were spent.
     */
    record Round(
            int number,
            int succeeded,
            int failed,
            double perSecond,
            long p50Millis,
            long p99Millis,
            CpuSamples.Usage cpu) {}

    private final BenchSettings settings;
    private final AtomicLong startedAt = new AtomicLong();
    private final ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
    private final CpuSamples cpu = new CpuSamples();

    Rounds(BenchSettings settings) {
        this.settings = settings;
    }

    /** Marks the start of the load: the first virtual user calls it, the others change nothing. */
    void loadStarted() {
        if (startedAt.compareAndSet(0, System.currentTimeMillis())) {
            cpu.start();
        }
    }

    void succeeded(long millis) {
        outcomes.add(new Outcome(System.currentTimeMillis(), millis, true));
    }

    void failed() {
        outcomes.add(new Outcome(System.currentTimeMillis(), 0, false));
    }

    List<Round> rounds() {
        var result = new ArrayList<Round>();
        var roundMillis = settings.round().toMillis();
        var firstRound = startedAt.get() + settings.warmUp().toMillis();
        for (var number = 1; number <= settings.rounds(); number++) {
            var from = firstRound + (number - 1) * roundMillis;
            var to = from + roundMillis;
            var latencies = outcomes.stream()
                    .filter(outcome -> outcome.ok() && outcome.endedAt() >= from && outcome.endedAt() < to)
                    .mapToLong(Outcome::millis)
                    .sorted()
                    .toArray();
            var failed = (int) outcomes.stream()
                    .filter(outcome -> !outcome.ok() && outcome.endedAt() >= from && outcome.endedAt() < to)
                    .count();
            var usage = cpu.between(from, to);
            result.add(new Round(
                    number,
                    latencies.length,
                    failed,
                    latencies.length * 1000.0 / roundMillis,
                    percentile(latencies, 0.50),
                    percentile(latencies, 0.99),
                    usage));
        }
        return result;
    }

    long failures() {
        return outcomes.stream().filter(outcome -> !outcome.ok()).count();
    }

    /**
     * Prints one line per round for bench/accounts to read: {@code BENCH <what> round=… concurrency=… ok=… ko=…
     * per_second=… p50_ms=… p99_ms=… cpu_busy_pct=… system_cpu_pct=… gatling_cpu_pct=… other_cpu_pct=…}: the
     * machine's CPUs busy, and the shares of the system under test, this load generator and anything else.
     */
    void print(String what) {
        cpu.stop();
        for (var round : rounds()) {
            System.out.println(String.format(
                    Locale.ROOT,
                    "BENCH %s round=%d concurrency=%d seconds=%d ok=%d ko=%d per_second=%.2f p50_ms=%d p99_ms=%d"
                            + " cpu_busy_pct=%.0f system_cpu_pct=%.0f gatling_cpu_pct=%.0f other_cpu_pct=%.0f",
                    what,
                    round.number(),
                    settings.concurrency(),
                    settings.round().toSeconds(),
                    round.succeeded(),
                    round.failed(),
                    round.perSecond(),
                    round.p50Millis(),
                    round.p99Millis(),
                    round.cpu().busy() * 100,
                    round.cpu().system() * 100,
                    round.cpu().generator() * 100,
                    round.cpu().other() * 100));
        }
    }

    /** Nearest-rank percentile of sorted values; 0 when there are none. */
    static long percentile(long[] sorted, double fraction) {
        if (sorted.length == 0) {
            return 0;
        }
        var rank = (int) Math.ceil(fraction * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
