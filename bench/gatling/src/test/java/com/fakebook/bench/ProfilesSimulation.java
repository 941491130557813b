package com.fakebook.bench;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitBlockOnFail;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Simulation;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Profiles read through the gateway, over the 100,000 people bench/profiles seeded (issue #5, Performance).
 * {@code bench.operation} chooses what each virtual user does, again and again, with a think time of
 * {@code bench.thinkMillis} on average (uniform, half to one and a half times it) between calls:
 * <ul>
 *   <li>{@code profile}: {@code GET /api/profiles/{id}} of one of the reader's friends, chosen at random: privacy is
 *       applied (a friend sees the parts for friends, not those for the owner only);</li>
 *   <li>{@code search}: {@code GET /api/profiles/search?q=} with a name, a prefix or a misspelt name, ranked
 *       friends first, then friends of friends.</li>
 * </ul>
 * {@code bench.concurrency} virtual users (200) share {@code bench.readers} accounts (made in Keycloak for the
 * run, each with a profile and {@code bench.friends} seeded friends); each logs in as a browser first (during the
 * warm-up), then keeps its session. Only the calls are timed, from the moment the request is made to the end of
 * the answer.
 */
public class ProfilesSimulation extends Simulation {

    /** Names and parts of names people type; the seeded names are made of these first and last names. */
    static final List<String> QUERIES = List.of(
            "ana",
            "ana silva",
            "mari",
            "maria santos",
            "joao",
            "joão",
            "pedro cost",
            "sofia",
            "rodrigues",
            "ferreira",
            "beatriz alves",
            "carlos",
            "inês",
            "lucas marti",
            "marta",
            "tiago pereira",
            "helena",
            "rui gomes",
            "santso",
            "jaoo",
            "silvia",
            "fernandes",
            "catarina lope",
            "miguel");

    private final BenchSettings settings = BenchSettings.fromSystemProperties();
    private final Rounds rounds = new Rounds(settings);
    private final String operation = System.getProperty("bench.operation", "profile");
    private final int readerCount = Integer.getInteger("bench.readers", 50);
    private final int friendCount = Integer.getInteger("bench.friends", 200);
    private final long thinkMillis = Long.getLong("bench.thinkMillis", 1000);
    private final Duration rampUp = Duration.ofSeconds(Long.getLong("bench.rampUpSeconds", 20));
    private final List<UUID> readers = new CopyOnWriteArrayList<>();
    private final List<String> emails = new CopyOnWriteArrayList<>();
    private final List<List<UUID>> friends = new CopyOnWriteArrayList<>();
    private final AtomicLong browsers = new AtomicLong();
    private final AtomicInteger failedLogins = new AtomicInteger();
    private final ProfileDatabase database = new ProfileDatabase();

    {
        var feeder = Stream.generate(() -> {
                    var reader = (int) (browsers.getAndIncrement() % emails.size());
                    return Map.<String, Object>of(
                            "reader", reader, "email", emails.get(reader), "password", settings.password());
                })
                .iterator();
        var end = new AtomicLong();
        var reads = scenario(operation)
                .feed(feeder)
                .exec(exitBlockOnFail().on(BrowserLogin.logIn("/api/profiles/me", "$.displayName")))
                .exec(session -> {
                    if (session.isFailed()) {
                        failedLogins.incrementAndGet();
                    }
                    return session;
                })
                .exitHereIfFailed()
                .exec(session -> {
                    // Everyone stops together, when the last round ends.
                    end.compareAndSet(
                            0,
                            System.currentTimeMillis()
                                    + rampUp.toMillis()
                                    + settings.total().toMillis());
                    return session;
                })
                .asLongAs(session -> System.currentTimeMillis() < end.get())
                .on(call());

        var protocol = http.baseUrl(settings.gatewayUrl())
                .acceptHeader(BrowserLogin.BROWSER_ACCEPT)
                .userAgentHeader(BrowserLogin.USER_AGENT);

        setUp(reads.injectOpen(rampUsers(settings.concurrency()).during(rampUp)))
                .protocols(protocol);
    }

    /** One timed call and the think time after it. */
    private ChainBuilder call() {
        var request = "profile".equals(operation)
                ? http("profile of a friend")
                        .get("#{path}")
                        .header("Accept", "application/json")
                        .check(status().is(200), jsonPath("$.displayName").exists())
                : http("people search")
                        .get("#{path}")
                        .header("Accept", "application/json")
                        .check(status().is(200), jsonPath("$.people").exists());
        return exec(session -> {
                    var random = ThreadLocalRandom.current();
                    String path;
                    if ("profile".equals(operation)) {
                        var mine = friends.get(session.getInt("reader"));
                        path = "/api/profiles/" + mine.get(random.nextInt(mine.size()));
                    } else {
                        var query = QUERIES.get(random.nextInt(QUERIES.size()));
                        path = "/api/profiles/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
                    }
                    rounds.loadStarted();
                    return session.set("path", path).set("began", System.nanoTime());
                })
                .exec(exitBlockOnFail().on(exec(request)))
                .exec(session -> {
                    if (session.isFailed()) {
                        rounds.failed();
                        return session.markAsSucceeded();
                    }
                    rounds.succeeded((System.nanoTime() - session.getLong("began")) / 1_000_000);
                    return session;
                })
                .pause(Duration.ofMillis(thinkMillis / 2), Duration.ofMillis(thinkMillis * 3 / 2));
    }

    @Override
    public void before() {
        var admin = KeycloakAdmin.connect(settings.keycloakUrl());
        var wanted = IntStream.rangeClosed(1, readerCount)
                .mapToObj(number -> settings.email(operation + "-reader", number))
                .toList();
        readers.addAll(KeycloakAdmin.inParallel(wanted, email -> admin.createVerifiedUser(email, settings.password())));
        emails.addAll(wanted);
        friends.addAll(database.befriend(readers, friendCount));
        System.out.println("BENCH " + operation + " readers=" + readers.size() + " friends_each=" + friendCount);
    }

    @Override
    public void after() {
        rounds.print(operation);
        System.out.println(
                "BENCH " + operation + " total_ko=" + rounds.failures() + " failed_logins=" + failedLogins.get());
        var admin = KeycloakAdmin.connect(settings.keycloakUrl());
        KeycloakAdmin.inParallel(readers, admin::delete);
        database.forget(readers);
    }
}
