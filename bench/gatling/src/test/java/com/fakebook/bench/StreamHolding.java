package com.fakebook.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * For bench/notifications, not a simulation: holds many streams open straight at one notification-service instance
 * (no gateway), all of one person (the access token given), and prints what that instance's live heap was before
 * and with them open ({@link HeapProbe}), whether every stream started, whether a change made on <em>another</em>
 * instance reached every one of them (through Redis), and whether each got its next heartbeat.
 *
 * <p>Arguments: the instance's base URL, its PID, how many streams, the base URL of the instance where the change is
 * made, and the number of seconds between heartbeats. The token comes from {@code BENCH_TOKEN}. The change is
 * {@code POST /api/notifications/read-all} (the person must have an unread notification): every stream then gets one
 * {@code notifications-read} event.
 */
public final class StreamHolding {

    private StreamHolding() {}

    public static void main(String[] args) {
        var instance = args[0];
        var pid = Long.parseLong(args[1]);
        var count = Integer.parseInt(args[2]);
        var changeAt = args[3];
        var heartbeat = Duration.ofSeconds(Long.parseLong(args[4]));
        var token = System.getenv("BENCH_TOKEN");

        var before = HeapProbe.liveKib(pid);
        var started = System.currentTimeMillis();
        try (var streams = new NotificationStreams(instance)) {
            for (var stream = 0; stream < count; stream++) {
                streams.openWithToken(token);
            }
            var settled = NotificationStreams.await(
                    Duration.ofMinutes(5), () -> streams.started() + streams.failed() >= streams.opened());
            var seconds = (System.currentTimeMillis() - started) / 1000.0;
            var open = HeapProbe.liveKib(pid);
            print(
                    "BENCH holding streams=%d started=%d failed=%d all_settled=%b seconds=%.1f gauge_open=%s",
                    count, streams.started(), streams.failed(), settled, seconds, gauge(instance));
            print(
                    "BENCH holding heap_before_kib=%s heap_open_kib=%s held_mib=%s kib_per_stream=%s",
                    before.map(String::valueOf).orElse("-"),
                    open.map(String::valueOf).orElse("-"),
                    difference(before, open, 1024.0),
                    difference(before, open, Math.max(1, streams.started())));

            var readAll = post(changeAt + "/api/notifications/read-all", token);
            var delivered = NotificationStreams.await(
                    Duration.ofSeconds(60), () -> streams.events("notifications-read") >= streams.started());
            var since = System.currentTimeMillis();
            var beating = NotificationStreams.await(
                    heartbeat.plusSeconds(15), () -> streams.heartbeatsSince(since) >= streams.started());
            print(
                    "BENCH holding read_all_status=%d notifications_read_received=%d/%d all_delivered=%b"
                            + " streams_with_heartbeat=%d/%d all_beating=%b ended_meanwhile=%d",
                    readAll,
                    streams.events("notifications-read"),
                    streams.started(),
                    delivered,
                    streams.heartbeatsSince(since),
                    streams.started(),
                    beating,
                    streams.ended());
        }
    }

    private static void print(String format, Object... values) {
        System.out.println(String.format(Locale.ROOT, format, values));
    }

    private static String difference(Optional<Long> before, Optional<Long> after, double divisor) {
        if (before.isEmpty() || after.isEmpty()) {
            return "-";
        }
        return String.format(Locale.ROOT, "%.2f", (after.get() - before.get()) / divisor);
    }

    private static int post(String url, String token) {
        try (var http = HttpClient.newHttpClient()) {
            return http.send(
                            HttpRequest.newBuilder(URI.create(url))
                                    .header("Authorization", "Bearer " + token)
                                    .POST(HttpRequest.BodyPublishers.noBody())
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static String gauge(String instance) {
        try (var http = HttpClient.newHttpClient()) {
            return http.send(
                            HttpRequest.newBuilder(URI.create(instance + "/actuator/prometheus"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body()
                    .lines()
                    .filter(line -> line.startsWith("fakebook_notification_streams_open"))
                    .map(line -> line.substring(line.lastIndexOf(' ') + 1))
                    .findFirst()
                    .orElse("-");
        } catch (IOException e) {
            return "-";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "-";
        }
    }
}
