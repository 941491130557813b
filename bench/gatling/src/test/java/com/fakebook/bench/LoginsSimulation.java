package com.fakebook.bench;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.exitBlockOnFail;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Logins through the gateway and Keycloak at saturation: each virtual user is a new browser (no cookies, so no
 * Keycloak single sign-on) that logs in one of the run's users with the whole authorization-code flow (see
 * {@link BrowserLogin}). A closed model: {@code bench.concurrency} browsers at once, a new one as soon as one is
 * done. The users ({@code bench.loginUsers}, verified, made through Keycloak's admin API before the load) are
 * {@code bench-<runId>-login-<n>@bench.fakebook.test}; {@link AccountCleanupSimulation} deletes them.
 */
public class LoginsSimulation extends Simulation {

    private final BenchSettings settings = BenchSettings.fromSystemProperties();
    private final Rounds rounds = new Rounds(settings);
    private final int userCount = Integer.getInteger("bench.loginUsers", 2 * settings.concurrency());
    private final List<String> emails = new CopyOnWriteArrayList<>();
    private final AtomicLong browsers = new AtomicLong();

    {
        // Round robin over the users made in before(); read lazily, when the first browser starts.
        var users = Stream.generate(() -> Map.<String, Object>of(
                        "email", emails.get((int) (browsers.getAndIncrement() % emails.size())),
                        "password", settings.password()))
                .iterator();
        var login = scenario("login")
                .feed(users)
                .exec(session -> {
                    rounds.loadStarted();
                    return session.set("began", System.nanoTime());
                })
                .exec(exitBlockOnFail().on(BrowserLogin.logIn()))
                .exec(session -> {
                    if (session.isFailed()) {
                        rounds.failed();
                    } else {
                        rounds.succeeded((System.nanoTime() - session.getLong("began")) / 1_000_000);
                    }
                    return session;
                })
                // A failing system fails fast: pause rather than turn the closed model into a busy loop.
                .doIf(Session::isFailed)
                .then(pause(Duration.ofSeconds(1)));

        var protocol = http.baseUrl(settings.gatewayUrl())
                .acceptHeader(BrowserLogin.BROWSER_ACCEPT)
                .userAgentHeader(BrowserLogin.USER_AGENT);

        setUp(login.injectClosed(constantConcurrentUsers(settings.concurrency()).during(settings.total())))
                .protocols(protocol);
    }

    @Override
    public void before() {
        var admin = KeycloakAdmin.connect(settings.keycloakUrl());
        var wanted = IntStream.rangeClosed(1, userCount)
                .mapToObj(number -> settings.email("login", number))
                .toList();
        List<UUID> made =
                KeycloakAdmin.inParallel(wanted, email -> admin.createVerifiedUser(email, settings.password()));
        emails.addAll(wanted);
        System.out.println("BENCH logins users_made=" + made.size());
    }

    @Override
    public void after() {
        rounds.print("logins");
        System.out.println("BENCH logins total_ko=" + rounds.failures());
    }
}
