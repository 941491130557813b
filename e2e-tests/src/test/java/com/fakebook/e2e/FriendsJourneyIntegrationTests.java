package com.fakebook.e2e;

import static com.fakebook.e2e.People.GATEWAY;
import static com.fakebook.e2e.People.PATIENCE;
import static com.fakebook.e2e.People.arrive;
import static com.fakebook.e2e.People.becomeFriends;
import static com.fakebook.e2e.People.json;
import static com.fakebook.e2e.People.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fakebook.testsupport.keycloak.KeycloakTestUsers;
import com.fakebook.testsupport.keycloak.TestUser;
import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Friends and profiles through the gateway against the running system, as three people meet them: Ana and Bruno
 * become friends, and Bruno now sees what Ana shows her friends; Carla, Bruno's friend, is suggested to Ana with
 * their mutual friend; when Carla blocks Ana, each disappears from the other's view.
 */
class FriendsJourneyIntegrationTests {

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

    private static URI profileOf(TestUser user) {
        return GATEWAY.resolve("/api/profiles/" + user.id());
    }

    private static java.util.List<String> ids(JsonNode friends) {
        return friends.valueStream()
                .map(friend -> friend.path("person").path("id").asString())
                .toList();
    }
}
