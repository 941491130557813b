package com.fakebook.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The live heap of a part deploy/local started, with {@code jcmd}: a full collection ({@code GC.run}), then the
 * used bytes of every generation ({@code GC.heap_info}) summed. What is left after a full collection is what the
 * process holds, not garbage that happens not to be collected yet. The part's PID comes from deploy/local's
 * {@code run/<part>.pid}.
 */
final class HeapProbe {

    /** "used 12345K" in each generation's line of GC.heap_info (Serial, G1 and Parallel all print it). */
    private static final Pattern USED = Pattern.compile("\\b(?:total \\d+K, )?used (\\d+)K");

    private HeapProbe() {}

    /** The part's live heap in KiB after a full collection; empty when it is not running or jcmd fails. */
    static Optional<Long> liveKib(String part) {
        return pid(part).flatMap(HeapProbe::liveKib);
    }

    /** The same for any JVM of this user, by PID. */
    static Optional<Long> liveKib(long pid) {
        jcmd(pid, "GC.run");
        return jcmd(pid, "GC.heap_info").map(HeapProbe::usedKib);
    }

    static long usedKib(String heapInfo) {
        var used = 0L;
        for (var line : heapInfo.lines().toList()) {
            var trimmed = line.strip();
            // Serial: "DefNew ..." and "Tenured ..." (older JDKs: "def new generation", "tenured generation");
            // G1: "garbage-first heap ..."; Parallel: "PSYoungGen", "ParOldGen". Metaspace is not heap.
            if (trimmed.startsWith("DefNew")
                    || trimmed.startsWith("Tenured")
                    || trimmed.startsWith("def new generation")
                    || trimmed.startsWith("tenured generation")
                    || trimmed.startsWith("garbage-first heap")
                    || trimmed.startsWith("PSYoungGen")
                    || trimmed.startsWith("ParOldGen")) {
                var matcher = USED.matcher(trimmed);
                if (matcher.find()) {
                    used += Long.parseLong(matcher.group(1));
                }
            }
        }
        return used;
    }

    private static Optional<Long> pid(String part) {
        var home = Optional.ofNullable(System.getenv("FAKEBOOK_HOME"))
                .map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("user.home"), ".fakebook"));
        try {
            return Optional.of(Long.parseLong(
                    Files.readString(home.resolve("run").resolve(part + ".pid")).strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> jcmd(long pid, String command) {
        try {
            var process = new ProcessBuilder("jcmd", Long.toString(pid), command)
                    .redirectErrorStream(true)
                    .start();
            var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                return Optional.empty();
            }
            return Optional.of(output);
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
