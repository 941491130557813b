package com.fakebook.e2e;

import static com.fakebook.e2e.LoginThroughTheGatewayIntegrationTests.loggedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fakebook.testsupport.keycloak.BrowserSession;
import com.fakebook.testsupport.keycloak.KeycloakTestUsers;
import com.fakebook.testsupport.keycloak.LocalKeycloak;
import com.fakebook.testsupport.keycloak.TestUser;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Friends and profiles through the gateway against the running system, as three people meet them: Ana and Bruno
 * become friends, and Bruno now sees what Ana shows her friends; Carla, Bruno's friend, is suggested to Ana with
 * their mutual friend; when Carla blocks Ana, each disappears from the other's view.
 */
class FriendsJourneyIntegrationTests {

    static final URI GATEWAY = URI.create(LocalKeycloak.publicUrl());
    static final Duration PATIENCE = Duration.ofSeconds(60);
    static final JsonMapper JSON = JsonMapper.builder().build();

    static KeycloakTestUsers users;

    @BeforeAll
    static void connect() {
        users = KeycloakTestUsers.connect();
    }

    @AfterAll
    static void removeUsers() {
        users.close();
    }

    @Test
    void threePeopleBecomeFriendsSeeWhatTheyMaySeeSuggestionsAndBlock() {
        var anaUser = users.create();
        var brunoUser = users.create();
        var carlaUser = users.create();
        var ana = arrive(anaUser);
        var bruno = arrive(brunoUser);
        var carla = arrive(carlaUser);

        // Ana tells her friends her birthday (FRIENDS by default).
        var etag = ana.get(GATEWAY.resolve("/api/profiles/me"))
                .headers()
                .firstValue("ETag")
                .orElseThrow();
        var edited = send(
                ana,
                HttpRequest.newBuilder(GATEWAY.resolve("/api/profiles/me"))
                        .header("Content-Type", "application/merge-patch+json")
                        .header("If-Match", etag)
                        .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"birthday\": \"1990-05-17\"}")));
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        assertThat(json(bruno.get(profileOf(anaUser))).has("birthday"))
                .as("not friends yet")
                .isFalse();

        becomeFriends(ana, anaUser, bruno, brunoUser);
        becomeFriends(carla, carlaUser, bruno, brunoUser);

        assertThat(ids(json(ana.get(GATEWAY.resolve("/api/friends"))).path("items")))
                .containsExactly(brunoUser.id().toString());
        await().atMost(PATIENCE)
                .until(
                        () -> json(bruno.get(profileOf(anaUser)))
                                .path("birthday")
                                .asString(),
                        "1990-05-17"::equals);
        assertThat(json(carla.get(profileOf(anaUser))).has("birthday"))
                .as("a friend of a friend does not see what only friends see")
                .isFalse();

        var suggestions = json(ana.get(GATEWAY.resolve("/api/friends/suggestions")));
        var carlaSuggested = suggestions
                .valueStream()
                .filter(suggestion -> suggestion
                        .path("person")
                        .path("id")
                        .asString()
                        .equals(carlaUser.id().toString()))
                .findFirst()
                .orElseThrow();
        assertThat(carlaSuggested.path("mutualCount").asInt()).isEqualTo(1);

        var block = send(
                carla,
                HttpRequest.newBuilder(GATEWAY.resolve("/api/friends/blocks/" + anaUser.id()))
                        .PUT(HttpRequest.BodyPublishers.noBody()));
        assertThat(block.statusCode()).isEqualTo(204);

        assertThat(ana.get(GATEWAY.resolve("/api/friends/people/" + carlaUser.id() + "/status"))
                        .statusCode())
                .isEqualTo(404);
        assertThat(json(ana.get(GATEWAY.resolve("/api/friends/suggestions")))
                        .valueStream()
                        .map(suggestion -> suggestion.path("person").path("id").asString()))
                .doesNotContain(carlaUser.id().toString());
        await().atMost(PATIENCE).until(() -> ana.get(profileOf(carlaUser)).statusCode() == 404);
        await().atMost(PATIENCE).until(() -> carla.get(profileOf(anaUser)).statusCode() == 404);
    }

    /** Logs in through the gateway and waits until every service knows the new person. */
    private static BrowserSession arrive(TestUser user) {
        var browser = loggedIn(user);
        assertThat(browser.get(GATEWAY.resolve("/api/auth/me")).statusCode()).isEqualTo(200);
        await().atMost(PATIENCE)
                .until(() -> browser.get(GATEWAY.resolve("/api/profiles/me")).statusCode() == 200);
        return browser;
    }

    private static void becomeFriends(
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

    private static URI profileOf(TestUser user) {
        return GATEWAY.resolve("/api/profiles/" + user.id());
    }

    private static java.util.List<String> ids(JsonNode friends) {
        return friends.valueStream()
                .map(friend -> friend.path("person").path("id").asString())
                .toList();
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    /** An unsafe request as the web client sends it: with the CSRF cookie's value in {@code X-XSRF-TOKEN}. */
    private static HttpResponse<String> send(BrowserSession browser, HttpRequest.Builder request) {
        var csrf = browser.cookie("XSRF-TOKEN").map(HttpCookie::getValue).orElseThrow();
        return browser.send(request.header("X-XSRF-TOKEN", csrf));
    }
}
