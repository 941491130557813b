package com.fakebook.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitBlockOnFail;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.CookieKey;
import static io.gatling.javaapi.http.HttpDsl.getCookieValue;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Chat through the gateway (issue #7, Performance): people in pairs of friends, each logged in as a browser (Gatling)
 * with a socket on {@code /ws/chat} ({@link ChatSockets}). {@code bench.operation} chooses the load:
 * <ul>
 *   <li>{@code talk}: every person sends a message to their friend every {@code bench.concurrency / bench.rate}
 *       seconds, so the run asks for {@code bench.rate} messages a second. Timed: send to ack at the sender
 *       ({@code chat-ack}), and send to arrival at the friend's socket ({@code chat-receipt}).</li>
 *   <li>{@code idle}: every person opens {@code bench.socketsPerPerson} silent sockets (devices) and holds them for
 *       the length of the run; messaging-service's and the gateway's live heap is read ({@link HeapReadings})
 *       before and once they are all open.</li>
 *   </ul>
 * History over 10 million messages is bench/chat-history's (wrk, with a seed of its own).
 * Everyone logs in first; the load starts when the last login is done, so every measured round runs at full
 * strength. People are made in Keycloak for the run and paired as friends in messaging-service's read model (what
 * friend-service's events would do); afterwards they, their conversations and the notifications their messages made
 * are removed.
 */
public class ChatSimulation extends Simulation {

    private final BenchSettings settings = BenchSettings.fromSystemProperties();
    private final String operation = System.getProperty("bench.operation", "talk");
    private final int people = settings.concurrency();
    private final double rate = Double.parseDouble(System.getProperty("bench.rate", "1000"));
    private final int socketsPerPerson = Integer.getInteger("bench.socketsPerPerson", 5);
    private final Duration rampUp = Duration.ofSeconds(Long.getLong("bench.rampUpSeconds", 60));
    private final HeapReadings heap = HeapReadings.fromSystemProperties();
    private final Rounds acks = new Rounds(settings);
    private final Rounds receipts = new Rounds(settings);
    private final ChatSockets sockets =
            new ChatSockets(settings.gatewayUrl(), acks, receipts, Integer.getInteger("bench.connectsAtOnce", 50));
    private final List<UUID> ids = new CopyOnWriteArrayList<>();
    private final AtomicInteger ready = new AtomicInteger();
    private final AtomicInteger gaveUp = new AtomicInteger();
    private final java.util.concurrent.atomic.AtomicBoolean heapRead = new java.util.concurrent.atomic.AtomicBoolean();
    private final AtomicLong end = new AtomicLong();
    private final ChatDatabase database = new ChatDatabase();

    {
        var numbers = new AtomicInteger();
        var feeder = Stream.generate(() -> {
                    var me = numbers.getAndIncrement();
                    return Map.<String, Object>of(
                            "me", me,
                            "friend", ids.get(me ^ 1).toString(),
                            "email", email(me),
                            "password", settings.password());
                })
                .iterator();
        var person = scenario(operation)
                .feed(feeder)
                .exec(exitBlockOnFail()
                        .on(BrowserLogin.logIn("/api/conversations?limit=1", "$.items"))
                        .exec(getCookieValue(CookieKey("XSRF-TOKEN").saveAs("xsrf")))
                        .exec(getCookieValue(CookieKey("SESSION").saveAs("sessionCookie")))
                        .exec(http("open the chat with my friend")
                                .post("/api/conversations/direct")
                                .header("Content-Type", "application/json")
                                .header("Accept", "application/json")
                                .header("X-XSRF-TOKEN", "#{xsrf}")
                                .body(StringBody("{\"userId\":\"#{friend}\"}"))
                                .check(status().in(200, 201), jsonPath("$.id").saveAs("conversation"))))
                .exec(session -> {
                    (session.isFailed() ? gaveUp : ready).incrementAndGet();
                    return session;
                })
                .exitHereIfFailed()
                // Everyone starts together, once the last login is done (or has failed).
                .asLongAs(session -> ready.get() + gaveUp.get() < people)
                .on(pause(Duration.ofMillis(200)))
                .exec(session -> {
                    if (end.compareAndSet(
                            0, System.currentTimeMillis() + settings.total().toMillis())) {
                        // A mark for whoever watches the run (a profiler started on the services, say).
                        System.out.println("BENCH " + operation + " load_started");
                    }
                    return switch (operation) {
                        case "talk" -> startTalking(session);
                        case "idle" -> openIdleSockets(session);
                        default -> session;
                    };
                })
                .exec("idle".equals(operation) ? readHeapOnceAllSocketsSettle() : exec(session -> session))
                .exec(holdUntilTheEnd());

        var protocol = http.baseUrl(settings.gatewayUrl())
                .acceptHeader(BrowserLogin.BROWSER_ACCEPT)
                .userAgentHeader(BrowserLogin.USER_AGENT);

        setUp(person.injectOpen(rampUsers(people).during(rampUp))).protocols(protocol);
    }

    private Session startTalking(Session session) {
        var interval = Duration.ofMillis(Math.round(people * 1000 / rate));
        sockets.talk(
                session.getString("sessionCookie"), session.getInt("me"), session.getString("conversation"), interval);
        return session;
    }

    private Session openIdleSockets(Session session) {
        for (var device = 0; device < socketsPerPerson; device++) {
            sockets.openIdle(session.getString("sessionCookie"));
        }
        return session;
    }

    /** In idle runs, the heap is read once every socket asked for is open (or refused). */
    private ChainBuilder readHeapOnceAllSocketsSettle() {
        return asLongAs(session -> sockets.settled() < (people - gaveUp.get()) * socketsPerPerson
                        && System.currentTimeMillis() < end.get())
                .on(pause(Duration.ofMillis(500)))
                .exec(session -> {
                    if (heapRead.compareAndSet(false, true)) {
                        heap.read("all " + sockets.open() + " sockets open (" + sockets.refused() + " refused)");
                    }
                    return session;
                });
    }

    private ChainBuilder holdUntilTheEnd() {
        return asLongAs(session -> System.currentTimeMillis() < end.get()).on(pause(Duration.ofSeconds(1)));
    }

    private String email(int number) {
        return settings.email(operation + "-talker", number);
    }

    @Override
    public void before() {
        if (people % 2 != 0) {
            throw new IllegalArgumentException("bench.concurrency must be even: people talk in pairs");
        }
        var admin = KeycloakAdmin.connect(settings.keycloakUrl());
        var emails = IntStream.range(0, people).mapToObj(this::email).toList();
        ids.addAll(KeycloakAdmin.inParallel(emails, email -> admin.createVerifiedUser(email, settings.password())));
        database.pairUp(ids);
        heap.read("before");
        System.out.println("BENCH " + operation + " people=" + people + " rate=" + rate);
    }

    @Override
    public void after() {
        var unacknowledged = sockets.unacknowledged();
        sockets.close();
        if ("talk".equals(operation)) {
            acks.print("chat-ack");
            receipts.print("chat-receipt");
        }
        System.out.println("BENCH " + operation + " ready=" + (people - gaveUp.get()) + " failed_logins="
                + gaveUp.get() + " sockets_refused=" + sockets.refused() + " sockets_open=" + sockets.open()
                + " never_acked=" + unacknowledged);
        heap.print();
        var admin = KeycloakAdmin.connect(settings.keycloakUrl());
        KeycloakAdmin.inParallel(List.copyOf(ids), admin::delete);
        database.forget(List.copyOf(ids));
    }
}
