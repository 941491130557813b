package com.fakebook.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The live heap of some of the system's parts at chosen moments of a run, each read by {@link HeapProbe} (a full
 * collection, then the heap's used bytes). The parts come from {@code bench.heapParts} (deploy/local names, comma
 * separated: {@code messaging-service,gateway}); none, nothing is read.
 */
final class HeapReadings {

    private record Reading(String moment, Map<String, Long> usedKib) {}

    private final List<String> parts;
    private final List<Reading> readings = new ArrayList<>();

    private HeapReadings(List<String> parts) {
        this.parts = parts;
    }

    static HeapReadings fromSystemProperties() {
        var parts = System.getProperty("bench.heapParts", "");
        return new HeapReadings(parts.isBlank() ? List.of() : List.of(parts.split(",")));
    }

    synchronized void read(String moment) {
        var used = new LinkedHashMap<String, Long>();
        for (var part : parts) {
            used.put(part, HeapProbe.liveKib(part).orElse(-1L));
        }
        readings.add(new Reading(moment, used));
    }

    /** One line per reading: {@code BENCH heap moment="…" <part>_mib=…} (-0.0 when the part could not be read). */
    synchronized void print() {
        for (var reading : readings) {
            var line = new StringBuilder("BENCH heap moment=\"" + reading.moment() + "\"");
            reading.usedKib()
                    .forEach((part, kib) -> line.append(' ')
                            .append(part)
                            .append("_mib=")
                            .append(String.format(Locale.ROOT, "%.1f", kib / 1024.0)));
            System.out.println(line);
        }
    }
}
