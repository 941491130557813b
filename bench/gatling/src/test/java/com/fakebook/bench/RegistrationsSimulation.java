package com.fakebook.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.CookieKey;
import static io.gatling.javaapi.http.HttpDsl.getCookieValue;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sign-ups through the gateway at saturation: each virtual user is a new visitor who loads the start page (which
 * hands out the {@code XSRF-TOKEN} cookie) and posts a registration with the token echoed in
 * {@code X-XSRF-TOKEN}, as the web client does. Each sign-up makes a Keycloak user, an account, an
 * {@code AccountRegistered} event and a verification mail. A closed model: {@code bench.concurrency} visitors at
 * once, a new one as soon as one is done.
 *
 * <p>auth-service limits sign-ups per client address; bench/accounts runs this against an auth-service started
 * with raised limits (see there). The addresses are {@code bench-<runId>-signup-<n>@bench.fakebook.test}; the
 * accounts stay for bench/accounts to measure the event lag and then delete.
 */
public class RegistrationsSimulation extends Simulation {

    private static final String SIGN_UP = """
            {"email": "#{email}", "password": "#{password}", "displayName": "Bench Visitor"}""";

    private final BenchSettings settings = BenchSettings.fromSystemProperties();
    private final Rounds rounds = new Rounds(settings);
    private final AtomicLong visitors = new AtomicLong();

    {
        var signUp = scenario("sign-up")
                .exec(session -> {
                    rounds.loadStarted();
                    return session.set("email", settings.email("signup", visitors.incrementAndGet()))
                            .set("password", settings.password())
                            .set("began", System.nanoTime());
                })
                .exec(http("start page").get("/").check(status().is(200)))
                .exec(getCookieValue(CookieKey("XSRF-TOKEN").saveAs("xsrf")))
                .exec(http("registration")
                        .post("/api/auth/registrations")
                        .header("X-XSRF-TOKEN", "#{xsrf}")
                        .body(StringBody(SIGN_UP))
                        .asJson()
                        .check(status().is(202)))
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

        setUp(signUp.injectClosed(
                        constantConcurrentUsers(settings.concurrency()).during(settings.total())))
                .protocols(protocol);
    }

    @Override
    public void after() {
        rounds.print("registrations");
        System.out.println("BENCH registrations total_ko=" + rounds.failures());
    }
}
