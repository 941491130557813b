package com.fakebook.bench;

import java.time.Duration;

/**
 * What a run measures, from system properties (bench/accounts sets them): where the system is, how many virtual
 * users run at once, and the warm-up and rounds cut out of one continuous run. The figures are the rounds'; the
 * warm-up only heats the JIT and the connection pools.
 *
 * @param gatewayUrl the public address, as a browser uses it
 * @param keycloakUrl Keycloak, as the realm's issuer names it
 * @param runId tags every user this run makes ({@code bench-<runId>-<n>@bench.fakebook.test})
 * @param password the one password of every user this run makes
 * @param concurrency virtual users at once (closed model: a new one starts when one ends)
 * @param warmUp load before the first round, not counted
 * @param round the length of each measured round
 * @param rounds how many rounds follow the warm-up
 */
record BenchSettings(
        String gatewayUrl,
        String keycloakUrl,
        String runId,
        String password,
        int concurrency,
        Duration warmUp,
        Duration round,
        int rounds) {

    /** The domain of every benchmark user's address; GreenMail keeps their mail, and cleanup finds them by it. */
    static final String EMAIL_DOMAIN = "bench.fakebook.test";

    static BenchSettings fromSystemProperties() {
        return new BenchSettings(
                property("bench.gatewayUrl", "http://localhost:8080"),
                property("bench.keycloakUrl", "http://localhost:8180"),
                property("bench.runId", "manual"),
                passwordFromEnvironment(),
                Integer.parseInt(property("bench.concurrency", "8")),
                Duration.ofSeconds(Long.parseLong(property("bench.warmUpSeconds", "10"))),
                Duration.ofSeconds(Long.parseLong(property("bench.roundSeconds", "15"))),
                Integer.parseInt(property("bench.rounds", "3")));
    }

    /** The whole run: warm-up and rounds. */
    Duration total() {
        return warmUp.plus(round.multipliedBy(rounds));
    }

    /** The prefix of every address this run makes. */
    String emailPrefix() {
        return "bench-" + runId + "-";
    }

    String email(String kind, long number) {
        return emailPrefix() + kind + "-" + number + "@" + EMAIL_DOMAIN;
    }

    /** From {@code BENCH_PASSWORD} (bench/accounts sets a random one per run), so it shows in no command line. */
    private static String passwordFromEnvironment() {
        var fromEnvironment = System.getenv("BENCH_PASSWORD");
        return fromEnvironment == null || fromEnvironment.isBlank()
                ? property("bench.password", "Bench-password-for-a-run-by-hand")
                : fromEnvironment;
    }

    private static String property(String key, String fallback) {
        var value = System.getProperty(key);
        return value == null || value.isBlank() ? fallback : value;
    }
}
