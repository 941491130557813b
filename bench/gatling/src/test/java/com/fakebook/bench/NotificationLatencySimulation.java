package com.fakebook.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitBlockOnFail;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pace;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.CookieKey;
import static io.gatling.javaapi.http.HttpDsl.getCookieValue;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * From a friend request's commit in friend-service to the notification on the recipient's stream, through the gateway
 * (issue #8, Performance: p50 under 100 ms, p99 under 500 ms at 200 events/s).
 *
 * <p>{@code bench.recipients} people (100) log in through the gateway as browsers do and each opens their notification
 * stream ({@link NotificationStreams}); then {@code bench.senders} people (200) log in and, from a common start, each
 * sends one friend request every {@code senders / rate} seconds ({@code bench.rate}, 200 a second in all), every one
 * to another recipient, through the gateway ({@code POST /api/friends/requests}), so that each request is a new pair
 * and makes one notification. Every sender stays far below friend-service's limit of 100 sends an hour.
 *
 * <p>Two latencies per request, both ending when its {@code notification} event (matched by {@code subjectId}, the
 * request's id) came off the stream: from the notification's {@code createdAt}, which is the {@code occurredAt} of
 * friend-service's {@code FriendRequestSent}, taken inside the transaction that commits the request (so this starts
 * a little before the commit); and from the moment the sender had its 201 (after the commit, and after the answer's
 * way back through the gateway). All clocks are this machine's. A request whose notification never came is counted
 * as missing (requests to a recipient whose login failed, so who has no stream, are left out of every figure); one
 * that came twice as a duplicate. The rounds are cut by when the requests were answered.
 */
public class NotificationLatencySimulation extends Simulation {

    private record Sent(UUID recipient, Instant answeredAt) {}

    private final BenchSettings settings = BenchSettings.fromSystemProperties();
    private final int rate = Integer.getInteger("bench.rate", 200);
    private final int senderCount = Integer.getInteger("bench.senders", 200);
    private final int recipientCount = Integer.getInteger("bench.recipients", 100);
    private final int loginsPerSecond = Integer.getInteger("bench.loginsPerSecond", 10);
    private final Duration period = Duration.ofNanos(1_000_000_000L * senderCount / rate);
    private final List<UUID> senders = new CopyOnWriteArrayList<>();
    private final List<UUID> recipients = new CopyOnWriteArrayList<>();
    private final Map<String, Sent> sent = new ConcurrentHashMap<>();
    /** Recipients logged in with their stream opened: requests to the others have no one to arrive at. */
    private final Set<UUID> listening = ConcurrentHashMap.newKeySet();

    private final AtomicInteger failedSends = new AtomicInteger();
    private final AtomicInteger failedLogins = new AtomicInteger();
    private final AtomicInteger sendersReady = new AtomicInteger();
    private final AtomicLong go = new AtomicLong();
    private final AtomicInteger nextRecipient = new AtomicInteger();
    private final AtomicInteger nextSender = new AtomicInteger();
    private final NotificationStreams streams = new NotificationStreams(settings.gatewayUrl());
    private final NotificationBenchData data = new NotificationBenchData();
    private final CpuSamples cpu = new CpuSamples();

    {
        var sendsEach = settings.total().toMillis() / period.toMillis() + 1;
        if (sendsEach > recipientCount) {
            throw new IllegalArgumentException("each sender would send " + sendsEach + " requests but there are only "
                    + recipientCount + " recipients: raise bench.recipients or bench.senders");
        }

        var listeners = scenario("recipients")
                .exec(session -> {
                    var index = nextRecipient.getAndIncrement();
                    return session.set("index", index)
                            .set("email", settings.email("recipient", index))
                            .set("password", settings.password());
                })
                .exec(loggedIn())
                .exitHereIfFailed()
                .exec(getCookieValue(CookieKey("SESSION").saveAs("sid")))
                .exec(session -> {
                    listening.add(recipients.get(session.getInt("index")));
                    streams.open(session.getString("sid"));
                    return session;
                });

        var sending = scenario("senders")
                .exec(session -> {
                    var index = nextSender.getAndIncrement();
                    return session.set("index", index)
                            .set("k", 0)
                            .set("email", settings.email("sender", index))
                            .set("password", settings.password());
                })
                .exec(loggedIn())
                .exec(session -> {
                    sendersReady.incrementAndGet();
                    return session;
                })
                .exitHereIfFailed()
                .exec(getCookieValue(CookieKey("XSRF-TOKEN").saveAs("xsrf")))
                // Everyone waits for the last sender's login (or a failed one), then starts together, each at its
                // own offset in the period, so that the requests come evenly.
                .asLongAs(session -> sendersReady.get() < senderCount)
                .on(pause(Duration.ofMillis(100)))
                .exec(session -> {
                    if (go.compareAndSet(0, System.currentTimeMillis() + 1000)) {
                        cpu.start();
                    }
                    return session;
                })
                .pause(session -> Duration.ofMillis(Math.max(
                        0,
                        go.get()
                                + period.toMillis() * session.getInt("index") / senderCount
                                - System.currentTimeMillis())))
                .asLongAs(session ->
                        System.currentTimeMillis() < go.get() + settings.total().toMillis())
                .on(pace(period).exec(send()));

        var protocol = http.baseUrl(settings.gatewayUrl())
                .acceptHeader(BrowserLogin.BROWSER_ACCEPT)
                .userAgentHeader(BrowserLogin.USER_AGENT);
        setUp(listeners
                        .injectOpen(rampUsers(recipientCount)
                                .during(Duration.ofSeconds(Math.max(1, recipientCount / loginsPerSecond))))
                        .andThen(sending.injectOpen(rampUsers(senderCount)
                                .during(Duration.ofSeconds(Math.max(1, senderCount / loginsPerSecond))))))
                .protocols(protocol);
    }

    /** A browser login; a failed one is counted and ends the virtual user. */
    private ChainBuilder loggedIn() {
        return exec(exitBlockOnFail().on(BrowserLogin.logIn("/api/notifications/unread-count", "$.count")))
                .exec(session -> {
                    if (session.isFailed()) {
                        failedLogins.incrementAndGet();
                    }
                    return session;
                });
    }

    /** One friend request, to the next recipient in this sender's turn. */
    private ChainBuilder send() {
        return exec(session -> {
                    var k = session.getInt("k");
                    var recipient = recipients.get((session.getInt("index") + k) % recipientCount);
                    return session.set("k", k + 1).set("recipient", recipient.toString());
                })
                .exec(exitBlockOnFail()
                        .on(http("friend request")
                                .post("/api/friends/requests")
                                .header("Accept", "application/json")
                                .header("Content-Type", "application/json")
                                .header("X-XSRF-TOKEN", "#{xsrf}")
                                .body(StringBody("{\"recipientId\":\"#{recipient}\"}"))
                                .check(
                                        status().is(201),
                                        jsonPath("$.request.id").saveAs("requestId"))))
                .exec(session -> {
                    if (session.isFailed()) {
                        failedSends.incrementAndGet();
                        return session.markAsSucceeded();
                    }
                    sent.put(
                            session.getString("requestId"),
                            new Sent(UUID.fromString(session.getString("recipient")), Instant.now()));
                    return session;
                });
    }

    @Override
    public void before() {
        var admin = KeycloakAdmin.connect(settings.keycloakUrl());
        var senderEmails = IntStream.range(0, senderCount)
                .mapToObj(index -> settings.email("sender", index))
                .toList();
        var recipientEmails = IntStream.range(0, recipientCount)
                .mapToObj(index -> settings.email("recipient", index))
                .toList();
        senders.addAll(
                KeycloakAdmin.inParallel(senderEmails, email -> admin.createVerifiedUser(email, settings.password())));
        recipients.addAll(KeycloakAdmin.inParallel(
                recipientEmails, email -> admin.createVerifiedUser(email, settings.password())));
        data.register(senders, "Bench Sender");
        data.register(recipients, "Bench Recipient");
        System.out.println("BENCH latency senders=" + senders.size() + " recipients=" + recipients.size() + " rate="
                + rate + " period_ms=" + period.toMillis());
    }

    @Override
    public void after() {
        // Stragglers: what was answered last may still be on its way.
        NotificationStreams.await(
                Duration.ofSeconds(15),
                () -> sent.keySet().stream().allMatch(id -> streams.arrival(id).isPresent()));
        cpu.stop();
        print();
        streams.close();
        var admin = KeycloakAdmin.connect(settings.keycloakUrl());
        var everyone = new ArrayList<UUID>(senders);
        everyone.addAll(recipients);
        KeycloakAdmin.inParallel(everyone, admin::delete);
        data.forget(everyone);
    }

    private void print() {
        var roundMillis = settings.round().toMillis();
        var firstRound = go.get() + settings.warmUp().toMillis();
        for (var number = 1; number <= settings.rounds(); number++) {
            var from = firstRound + (number - 1) * roundMillis;
            var to = from + roundMillis;
            var inRound = sent.entrySet().stream()
                    .filter(entry -> {
                        var at = entry.getValue().answeredAt().toEpochMilli();
                        return at >= from
                                && at < to
                                && listening.contains(entry.getValue().recipient());
                    })
                    .toList();
            var sinceCreated = new ArrayList<Double>();
            var sinceAnswer = new ArrayList<Double>();
            var missing = 0;
            var duplicates = 0;
            for (var entry : inRound) {
                var arrival = streams.arrival(entry.getKey());
                if (arrival.isEmpty()) {
                    missing++;
                    continue;
                }
                duplicates += Math.max(0, streams.copiesOf(entry.getKey()) - 1);
                sinceCreated.add(millis(arrival.get().createdAt(), arrival.get().arrivedAt()));
                sinceAnswer.add(
                        millis(entry.getValue().answeredAt(), arrival.get().arrivedAt()));
            }
            var created = sorted(sinceCreated);
            var answered = sorted(sinceAnswer);
            var usage = cpu.between(from, to);
            System.out.println(String.format(
                    Locale.ROOT,
                    "BENCH latency round=%d rate=%d seconds=%d sent=%d per_second=%.1f arrived=%d missing=%d"
                            + " duplicates=%d created_p50_ms=%.1f created_p99_ms=%.1f created_max_ms=%.1f"
                            + " answered_p50_ms=%.1f answered_p99_ms=%.1f cpu_busy_pct=%.0f system_cpu_pct=%.0f"
                            + " gatling_cpu_pct=%.0f other_cpu_pct=%.0f",
                    number,
                    rate,
                    settings.round().toSeconds(),
                    inRound.size(),
                    inRound.size() * 1000.0 / roundMillis,
                    created.length,
                    missing,
                    duplicates,
                    percentile(created, 0.50),
                    percentile(created, 0.99),
                    created.length == 0 ? 0 : created[created.length - 1],
                    percentile(answered, 0.50),
                    percentile(answered, 0.99),
                    usage.busy() * 100,
                    usage.system() * 100,
                    usage.generator() * 100,
                    usage.other() * 100));
        }
        System.out.println("BENCH latency total_sent=" + sent.size() + " failed_sends=" + failedSends.get()
                + " failed_logins=" + failedLogins.get() + " sent_to_no_stream="
                + sent.values().stream()
                        .filter(request -> !listening.contains(request.recipient()))
                        .count()
                + " streams_started=" + streams.started() + "/"
                + recipientCount + " streams_failed=" + streams.failed() + " notifications_received="
                + streams.notifications());
    }

    private static double millis(Instant from, Instant to) {
        return Duration.between(from, to).toNanos() / 1_000_000.0;
    }

    private static double[] sorted(List<Double> values) {
        var array = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(array);
        return array;
    }

    /** Nearest-rank percentile of sorted values; 0 when there are none. */
    static double percentile(double[] sorted, double fraction) {
        if (sorted.length == 0) {
            return 0;
        }
        var rank = (int) Math.ceil(fraction * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
