package com.fakebook.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * Samples, twice a second, how the machine's CPU time ({@code /proc}) is spent: by the system under test (the
 * parts deploy/local started, their PostgreSQL backends, PostgreSQL's and Redis' own processes), by this load
 * generator, or by anything else. A round can then say whether the machine was saturated (busy near 100 %) and
 * whether other work on it (a build, another benchmark) took a share, which makes the round's figures low. Linux
 * only; elsewhere every figure is 0.
 */
final class CpuSamples {

    /** Cumulative clock ticks: the machine's busy and total time, and the busy time of each kind of process. */
    private record Sample(long millis, long busy, long total, long system, long generator) {}

    /** Shares of all CPUs' time between two moments. */
    record Usage(double busy, double system, double generator) {

        double other() {
            return Math.max(0, busy - system - generator);
        }
    }

    /** Databases the running system uses; a test's or another benchmark's database is not part of it. */
    private static final Set<String> SYSTEM_DATABASES = Set.of(
            "fakebook_auth",
            "fakebook_profile",
            "fakebook_friend",
            "fakebook_messaging",
            "fakebook_notification",
            "fakebook_keycloak");

    private static final Path PROC = Path.of("/proc");

    private final ConcurrentLinkedDeque<Sample> samples = new ConcurrentLinkedDeque<>();
    private final Map<Long, Long> lastTicks = new HashMap<>();
    private final long self = ProcessHandle.current().pid();
    private long systemTicks;
    private long generatorTicks;
    private volatile boolean running;

    void start() {
        if (!Files.isReadable(PROC.resolve("stat"))) {
            return;
        }
        running = true;
        Thread.ofPlatform().daemon().name("cpu-samples").start(() -> {
            while (running) {
                samples.add(sample());
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }

    void stop() {
        running = false;
    }

    /** Usage between the samples nearest to {@code from} and {@code to} (epoch milliseconds). */
    Usage between(long from, long to) {
        var first = nearest(from);
        var last = nearest(to);
        if (first == null || last == null || last.total() <= first.total()) {
            return new Usage(0, 0, 0);
        }
        double total = last.total() - first.total();
        return new Usage(
                (last.busy() - first.busy()) / total,
                (last.system() - first.system()) / total,
                (last.generator() - first.generator()) / total);
    }

    private Sample nearest(long millis) {
        Sample best = null;
        for (var sample : samples) {
            if (best == null || Math.abs(sample.millis() - millis) < Math.abs(best.millis() - millis)) {
                best = sample;
            }
        }
        return best;
    }

    /**
     * The machine's line of /proc/stat ("cpu user nice system idle iowait irq softirq steal", in clock ticks) and,
     * for every process, what it used since the previous sample (all of it for a process new since then).
     */
    private Sample sample() {
        var ticks = Arrays.stream(read(PROC.resolve("stat"))
                        .lines()
                        .findFirst()
                        .orElse("cpu 0 0 0 0 0")
                        .trim()
                        .split("\\s+"))
                .skip(1)
                .limit(8)
                .mapToLong(Long::parseLong)
                .toArray();
        var total = Arrays.stream(ticks).sum();
        var busy = total - ticks[3] - ticks[4];
        var seen = new HashMap<Long, Long>();
        try (var entries = Files.list(PROC)) {
            entries.filter(entry -> entry.getFileName().toString().chars().allMatch(Character::isDigit))
                    .forEach(entry -> account(entry, seen));
        } catch (IOException e) {
            // A process list that cannot be read leaves this sample's shares where they were.
        }
        lastTicks.clear();
        lastTicks.putAll(seen);
        return new Sample(System.currentTimeMillis(), busy, total, systemTicks, generatorTicks);
    }

    private void account(Path process, Map<Long, Long> seen) {
        var pid = Long.parseLong(process.getFileName().toString());
        var stat = read(process.resolve("stat"));
        // The command name (field 2) is in parentheses and may hold spaces: fields after it start past the ')'.
        var close = stat.lastIndexOf(')');
        if (close < 0 || stat.length() < close + 2) {
            return;
        }
        var name = stat.substring(stat.indexOf('(') + 1, close);
        var fields = stat.substring(close + 2).split(" ");
        if (fields.length < 13) {
            return;
        }
        var used = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        seen.put(pid, used);
        var delta = used - lastTicks.getOrDefault(pid, lastTicks.isEmpty() ? used : 0L);
        if (delta <= 0) {
            return;
        }
        if (pid == self) {
            generatorTicks += delta;
        } else if (partOfTheSystem(name, read(process.resolve("cmdline")).replace('\0', ' '))) {
            systemTicks += delta;
        }
    }

    /**
     * A part deploy/local started (each carries {@code -Dfakebook.part=}), Redis, or PostgreSQL: its own processes
     * and the backends of the system's databases (a backend's title is "postgres: VERSION/CLUSTER: USER DATABASE
     * …").
     */
    private static boolean partOfTheSystem(String name, String command) {
        if (command.contains("-Dfakebook.part=") || name.startsWith("redis-server")) {
            return true;
        }
        if (!name.equals("postgres")) {
            return false;
        }
        var words = command.trim().split("\\s+");
        var backend = words.length >= 4 && words[0].equals("postgres:") && words[1].contains("/");
        return !backend || SYSTEM_DATABASES.contains(words[3]);
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
