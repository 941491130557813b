package com.fakebook.bench;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.tryMax;
import static io.gatling.javaapi.http.HttpDsl.CookieKey;
import static io.gatling.javaapi.http.HttpDsl.flushCookieJar;
import static io.gatling.javaapi.http.HttpDsl.getCookieValue;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.Simulation;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Not a measurement: deletes every account a run made the way a person deletes theirs, so each service forgets
 * it (auth-service's account, the profile through {@code AccountDeleted}, the Keycloak user). For each user whose
 * address starts with {@code bench-<runId>-}: its address is marked verified through the admin API (sign-ups are
 * not), a fresh login is made through the gateway, and {@code DELETE /api/auth/me} is sent (it wants a login under
 * five minutes old); up to three times, as a person would retry. A user left over by failures is then deleted
 * through Keycloak's admin API only, and counted: its account and profile stay behind.
 * Their mailboxes at the development mail server go too. {@code bench.concurrency} browsers work through the list.
 */
public class AccountCleanupSimulation extends Simulation {

    private static final String MAIL_API = System.getProperty("bench.mailApiUrl", "http://127.0.0.1:8025");

    private final BenchSettings settings = BenchSettings.fromSystemProperties();
    private final KeycloakAdmin admin = KeycloakAdmin.connect(settings.keycloakUrl());
    private final ConcurrentLinkedQueue<String> pending = new ConcurrentLinkedQueue<>();
    private final Set<String> emails = ConcurrentHashMap.newKeySet();
    private final AtomicInteger deleted = new AtomicInteger();

    {
        var deleteAccounts = scenario("delete accounts")
                .asLongAs(session -> !pending.isEmpty())
                .on(exec(session -> {
                            var email = pending.poll();
                            return email == null
                                    ? session.remove("email")
                                    : session.set("email", email).set("password", settings.password());
                        })
                        .doIf(session -> session.contains("email"))
                        // A person whose deletion fails tries again, from a fresh login.
                        .then(tryMax(3)
                                .on(exec(flushCookieJar())
                                        .exec(BrowserLogin.logIn())
                                        .exec(getCookieValue(
                                                CookieKey("XSRF-TOKEN").saveAs("xsrf")))
                                        .exec(http("delete account")
                                                .delete("/api/auth/me")
                                                .header("X-XSRF-TOKEN", "#{xsrf}")
                                                .check(status().is(204))))
                                .exec(session -> {
                                    if (!session.isFailed()) {
                                        deleted.incrementAndGet();
                                    }
                                    return session.markAsSucceeded();
                                })));

        var protocol = http.baseUrl(settings.gatewayUrl())
                .acceptHeader(BrowserLogin.BROWSER_ACCEPT)
                .userAgentHeader(BrowserLogin.USER_AGENT);
        setUp(deleteAccounts.injectOpen(atOnceUsers(settings.concurrency()))).protocols(protocol);
    }

    @Override
    public void before() {
        var users = admin.usersStartingWith(settings.emailPrefix());
        KeycloakAdmin.inParallel(
                users.stream().filter(user -> !user.emailVerified()).toList(), user -> {
                    admin.markVerified(user.id());
                    return user;
                });
        users.forEach(user -> {
            pending.add(user.email());
            emails.add(user.email());
        });
        System.out.println("BENCH cleanup users_found=" + users.size());
    }

    @Override
    public void after() {
        var leftovers = admin.usersStartingWith(settings.emailPrefix());
        KeycloakAdmin.inParallel(leftovers, user -> admin.delete(user.id()));
        var mail = HttpClient.newHttpClient();
        var mailboxes = KeycloakAdmin.inParallel(List.copyOf(emails), email -> deleteMailbox(mail, email));
        System.out.println("BENCH cleanup deleted_through_gateway=" + deleted.get() + " deleted_by_admin_api="
                + leftovers.size() + " mailboxes_deleted="
                + mailboxes.stream().filter(Boolean::booleanValue).count());
    }

    private static boolean deleteMailbox(HttpClient mail, String email) {
        try {
            var request = HttpRequest.newBuilder(
                            URI.create(MAIL_API + "/api/user/" + URLEncoder.encode(email, StandardCharsets.UTF_8)))
                    .DELETE()
                    .build();
            return mail.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
