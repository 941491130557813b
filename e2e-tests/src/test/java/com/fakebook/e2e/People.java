package com.fakebook.e2e;

import static com.fakebook.e2e.LoginThroughTheGatewayIntegrationTests.loggedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fakebook.testsupport.keycloak.BrowserSession;
import com.fakebook.testsupport.keycloak.LocalKeycloak;
import com.fakebook.testsupport.keycloak.TestUser;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What people do through the gateway in more than one journey: arrive, send what the web client sends, befriend. */
final class People {

    static final URI GATEWAY = URI.create(LocalKeycloak.publicUrl());
    static final Duration PATIENCE = Duration.ofSeconds(60);
    static final JsonMapper JSON = JsonMapper.builder().build();

    private People() {}

    /** Logs in through the gateway and waits until every service knows the new person. */
    static BrowserSession arrive(TestUser user) {
        var browser = loggedIn(user);
        assertThat(browser.get(GATEWAY.resolve("/api/auth/me")).statusCode()).isEqualTo(200);
        await().atMost(PATIENCE)
                .until(() -> browser.get(GATEWAY.resolve("/api/profiles/me")).statusCode() == 200);
        return browser;
    }

    /** The sender asks, the recipient accepts. */
    static void becomeFriends(
            BrowserSession sender, TestUser senderUser, BrowserSession recipient, TestUser recipientUser) {
        await().atMost(PATIENCE)
                .until(() -> sender.get(GATEWAY.resolve("/api/friends/people/" + recipientUser.id() + "/status"))
                                .statusCode()
                        == 200);
        var sent = send(
                sender,
                HttpRequest.newBuilder(GATEWAY.resolve("/api/friends/requests"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"recipientId\": \"" + recipientUser.id() + "\"}")));
        assertThat(sent.statusCode()).isEqualTo(201);
        var incoming = json(recipient.get(GATEWAY.resolve("/api/friends/requests/incoming")));
        var requestId = incoming.path("items")
                .valueStream()
                .filter(request -> request.path("person")
                        .path("id")
                        .asString()
                        .equals(senderUser.id().toString()))
                .map(request -> request.path("id").asString())
                .findFirst()
                .orElseThrow();
        var accepted = send(
                recipient,
                HttpRequest.newBuilder(GATEWAY.resolve("/api/friends/requests/" + requestId + "/accept"))
                        .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(accepted.statusCode()).isEqualTo(204);
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    /** An unsafe request as the web client sends it: with the CSRF cookie's value in {@code X-XSRF-TOKEN}. */
    static HttpResponse<String> send(BrowserSession browser, HttpRequest.Builder request) {
        var csrf = browser.cookie("XSRF-TOKEN").map(HttpCookie::getValue).orElseThrow();
        return browser.send(request.header("X-XSRF-TOKEN", csrf));
    }
}
