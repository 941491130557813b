package com.fakebook.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The live heap of the system's JVMs at chosen moments: a full collection first ({@code jcmd GC.run}), then the
 * used bytes of the heap's generations ({@code jcmd GC.heap_info}), so what is read is what is kept, not garbage
 * waiting. The JVMs come from {@code bench.heapPids}: {@code name:pid,name:pid} (bench/chat passes the running
 * services' PIDs); none, nothing is read.
 */
final class HeapReadings {

    private static final Pattern GENERATION_USED = Pattern.compile("total \\d+K, used (\\d+)K");

    private record Reading(String moment, Map<String, Long> usedKiB) {}

    private final Map<String, Long> pids;
    private final List<Reading> readings = new ArrayList<>();

    private HeapReadings(Map<String, Long> pids) {
        this.pids = pids;
    }

    static HeapReadings fromSystemProperties() {
        var pids = new LinkedHashMap<String, Long>();
        for (var entry : System.getProperty("bench.heapPids", "").split(",")) {
            var parts = entry.split(":");
            if (parts.length == 2) {
                pids.put(parts[0], Long.parseLong(parts[1]));
            }
        }
        return new HeapReadings(pids);
    }

    synchronized void read(String moment) {
        var used = new LinkedHashMap<String, Long>();
        pids.forEach((name, pid) -> {
            jcmd(pid, "GC.run");
            var matcher = GENERATION_USED.matcher(jcmd(pid, "GC.heap_info"));
            var kib = 0L;
            while (matcher.find()) {
                kib += Long.parseLong(matcher.group(1));
            }
            used.put(name, kib);
        });
        readings.add(new Reading(moment, used));
    }

    /** One line per reading: {@code BENCH heap moment="…" <name>_mib=…}. */
    synchronized void print() {
        for (var reading : readings) {
            var line = new StringBuilder("BENCH heap moment=\"" + reading.moment() + "\"");
            reading.usedKiB()
                    .forEach((name, kib) -> line.append(' ')
                            .append(name)
                            .append("_mib=")
                            .append(String.format(java.util.Locale.ROOT, "%.1f", kib / 1024.0)));
            System.out.println(line);
        }
    }

    private static String jcmd(long pid, String command) {
        var jcmd = System.getProperty("java.home") + "/bin/jcmd";
        try {
            var process = new ProcessBuilder(jcmd, Long.toString(pid), command)
                    .redirectErrorStream(true)
                    .start();
            var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException("jcmd " + pid + " " + command + " failed: " + output);
            }
            return output;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
