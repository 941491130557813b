package com.fakebook.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitBlockOnFail;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.CookieKey;
import static io.gatling.javaapi.http.HttpDsl.getCookieValue;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.Simulation;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Many open notification streams through the gateway (issue #8, Performance: 5,000 held within a stated heap).
 *
 * <p>{@code bench.streamUsers} people (100) log in through the gateway and each opens {@code bench.streams /
 * streamUsers} streams (5,000 in all: a person with many tabs, as far as the servers can tell). The live heap of
 * notification-service and of the gateway ({@link HeapProbe}: after a full collection) is taken before the streams,
 * with all of them open, and after they are closed; the difference over the streams is the heap one stream holds.
 * With every stream open a prober sends friend requests to {@code bench.probes} of the people (10) and waits for the
 * notification on every one of their streams, then waits for a heartbeat on every stream: the streams still work.
 */
public class NotificationStreamsSimulation extends Simulation {

    private final BenchSettings settings = BenchSettings.fromSystemProperties();
    private final int total = Integer.getInteger("bench.streams", 5000);
    private final int userCount = Integer.getInteger("bench.streamUsers", 100);
    private final int probes = Integer.getInteger("bench.probes", 10);
    private final int loginsPerSecond = Integer.getInteger("bench.loginsPerSecond", 10);
    private final Duration heartbeat = Duration.ofSeconds(Long.getLong("bench.heartbeatSeconds", 20));
    private final int perUser = total / userCount;
    private final List<UUID> users = new CopyOnWriteArrayList<>();
    private final List<UUID> prober = new CopyOnWriteArrayList<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger nextUser = new AtomicInteger();
    private final AtomicInteger failedLogins = new AtomicInteger();
    private final NotificationStreams streams = new NotificationStreams(settings.gatewayUrl());
    private final NotificationBenchData data = new NotificationBenchData();
    private final List<String> figures = new ArrayList<>();
    private Optional<Long> serviceBefore = Optional.empty();
    private Optional<Long> gatewayBefore = Optional.empty();
    private long openingStarted;

    {
        var holders = scenario("stream holders")
                .exec(session -> {
                    var index = nextUser.getAndIncrement();
                    return session.set("email", settings.email("streams", index))
                            .set("password", settings.password());
                })
                .exec(exitBlockOnFail().on(BrowserLogin.logIn("/api/notifications/unread-count", "$.count")))
                .exec(session -> {
                    if (session.isFailed()) {
                        failedLogins.incrementAndGet();
                    }
                    return session;
                })
                .exitHereIfFailed()
                .exec(getCookieValue(CookieKey("SESSION").saveAs("sid")))
                .exec(session -> {
                    for (var stream = 0; stream < perUser; stream++) {
                        streams.open(session.getString("sid"));
                    }
                    return session;
                });

        var probe = scenario("probe")
                .exec(session ->
                        session.set("email", settings.email("prober", 0)).set("password", settings.password()))
                .exec(BrowserLogin.logIn("/api/notifications/unread-count", "$.count"))
                .exitHereIfFailed()
                .exec(getCookieValue(CookieKey("XSRF-TOKEN").saveAs("xsrf")))
                .exec(session -> {
                    allOpen();
                    return session.set(
                            "targets",
                            users.subList(0, Math.min(probes, users.size())).stream()
                                    .map(UUID::toString)
                                    .toList());
                })
                .foreach("#{targets}", "target")
                .on(exec(http("friend request")
                                .post("/api/friends/requests")
                                .header("Accept", "application/json")
                                .header("Content-Type", "application/json")
                                .header("X-XSRF-TOKEN", "#{xsrf}")
                                .body(StringBody("{\"recipientId\":\"#{target}\"}"))
                                .check(
                                        status().is(201),
                                        jsonPath("$.request.id").saveAs("requestId")))
                        .exec(session -> {
                            requests.add(session.getString("requestId"));
                            return session;
                        }))
                .exec(session -> {
                    stillWorking();
                    return session;
                });

        var protocol = http.baseUrl(settings.gatewayUrl())
                .acceptHeader(BrowserLogin.BROWSER_ACCEPT)
                .userAgentHeader(BrowserLogin.USER_AGENT);
        setUp(holders.injectOpen(rampUsers(userCount)
                                .during(Duration.ofSeconds(Math.max(1, userCount / loginsPerSecond))))
                        .andThen(probe.injectOpen(atOnceUsers(1))))
                .protocols(protocol);
    }

    /** Waits for every stream's first event, then takes the heap with all of them open. */
    private void allOpen() {
        var all = NotificationStreams.await(
                Duration.ofMinutes(3), () -> streams.started() + streams.failed() >= streams.opened());
        var seconds = (System.currentTimeMillis() - openingStarted) / 1000.0;
        figures.add(String.format(
                java.util.Locale.ROOT,
                "BENCH streams opened=%d started=%d failed=%d all_settled=%b seconds_since_first_login=%.1f"
                        + " gauge_open=%s",
                streams.opened(),
                streams.started(),
                streams.failed(),
                all,
                seconds,
                openGauge()));
        heap("open");
    }

    /** The probes' notifications on every stream of their recipients, then a heartbeat on every stream. */
    private void stillWorking() {
        var delivered = NotificationStreams.await(
                Duration.ofSeconds(30), () -> requests.stream().allMatch(id -> streams.copiesOf(id) >= perUser));
        var copies = requests.stream().mapToInt(streams::copiesOf).sum();
        var since = System.currentTimeMillis();
        var beating = NotificationStreams.await(
                heartbeat.plusSeconds(15), () -> streams.heartbeatsSince(since) >= streams.started());
        figures.add(String.format(
                java.util.Locale.ROOT,
                "BENCH streams probes=%d notifications_expected=%d notifications_received=%d all_delivered=%b"
                        + " streams_with_heartbeat=%d/%d all_beating=%b heartbeats_seen=%d ended_meanwhile=%d",
                requests.size(),
                requests.size() * perUser,
                copies,
                delivered,
                streams.heartbeatsSince(since),
                streams.started(),
                beating,
                streams.heartbeats(),
                streams.ended()));
    }

    private void heap(String when) {
        var service = HeapProbe.liveKib("notification-service");
        var gateway = HeapProbe.liveKib("gateway");
        figures.add("BENCH streams heap=" + when + " notification_service_kib="
                + service.map(String::valueOf).orElse("-") + " gateway_kib="
                + gateway.map(String::valueOf).orElse("-"));
        if ("before".equals(when)) {
            serviceBefore = service;
            gatewayBefore = gateway;
        } else if ("open".equals(when)) {
            var count = Math.max(1, streams.started());
            figures.add(String.format(
                    java.util.Locale.ROOT,
                    "BENCH streams held_by=%d notification_service_mib=%s gateway_mib=%s"
                            + " notification_service_kib_per_stream=%s gateway_kib_per_stream=%s",
                    count,
                    difference(serviceBefore, service, 1024.0),
                    difference(gatewayBefore, gateway, 1024.0),
                    difference(serviceBefore, service, count),
                    difference(gatewayBefore, gateway, count)));
        }
    }

    private static String difference(Optional<Long> before, Optional<Long> after, double divisor) {
        if (before.isEmpty() || after.isEmpty()) {
            return "-";
        }
        return String.format(java.util.Locale.ROOT, "%.2f", (after.get() - before.get()) / divisor);
    }

    /** notification-service's own count of open streams (its gauge), as Prometheus reads it. */
    private static String openGauge() {
        try (var http = HttpClient.newHttpClient()) {
            var body = http.send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:8085/actuator/prometheus"))
                                    .timeout(Duration.ofSeconds(10))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            return body.lines()
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

    @Override
    public void before() {
        var admin = KeycloakAdmin.connect(settings.keycloakUrl());
        var emails = IntStream.range(0, userCount)
                .mapToObj(index -> settings.email("streams", index))
                .toList();
        users.addAll(KeycloakAdmin.inParallel(emails, email -> admin.createVerifiedUser(email, settings.password())));
        prober.add(admin.createVerifiedUser(settings.email("prober", 0), settings.password()));
        data.register(users, "Bench Stream Holder");
        data.register(prober, "Bench Prober");
        heap("before");
        openingStarted = System.currentTimeMillis();
    }

    @Override
    public void after() {
        streams.close();
        NotificationStreams.await(Duration.ofSeconds(60), () -> "0".equals(openGauge()) || "0.0".equals(openGauge()));
        figures.add("BENCH streams closed gauge_open=" + openGauge());
        heap("closed");
        figures.forEach(System.out::println);
        System.out.println("BENCH streams failed_logins=" + failedLogins.get() + " per_user=" + perUser);
        var admin = KeycloakAdmin.connect(settings.keycloakUrl());
        var everyone = new ArrayList<UUID>(users);
        everyone.addAll(prober);
        KeycloakAdmin.inParallel(everyone, admin::delete);
        data.forget(everyone);
    }
}
