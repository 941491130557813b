package com.fakebook.notification.feed;

import static com.fakebook.notification.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fakebook.notification.NotificationServiceIntegrationTest;
import com.fakebook.testsupport.keycloak.TestUser;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.test.json.JsonCompareMode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The feed API as its owner, another person and an anonymous caller meet it. */
class FeedApiIntegrationTests extends NotificationServiceIntegrationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theFeedIsNewestFirstAndItsPagesFollowOneAnotherWithoutRepeats() {
        var now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        var stored = new ArrayList<String>();
        for (var minutes = 5; minutes >= 1; minutes--) {
            stored.addFirst(storedNotification(ana, bruno, now.minus(Duration.ofMinutes(minutes)))
                    .toString());
        }
        storedNotification(bruno, ana, now);

        var seen = new ArrayList<String>();
        var page = page(ana, "?size=2");
        seen.addAll(ids(page));
        while (!page.path("next").isNull()) {
            page = page(ana, "?size=2&cursor=" + page.path("next").asString());
            seen.addAll(ids(page));
        }

        assertThat(seen).containsExactlyElementsOf(stored);
    }

    @ParameterizedTest
    @ValueSource(strings = {"size=0", "size=101", "size=many", "cursor=not-a-cursor", "cursor=AAAA"})
    void aPageParameterOutOfRangeOrACursorNotGivenOutIsA400NamingIt(String query) {
        var field = query.substring(0, query.indexOf('='));

        problem(api.get(ana, "/api/notifications?" + query), 400)
                .jsonPath("$.errors[0].field")
                .isEqualTo(field);
    }

    @Test
    void showsOneToItsOwnerOnly() {
        var id = storedNotification(ana, bruno, Instant.now());

        api.get(ana, "/api/notifications/" + id)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.id")
                .isEqualTo(id.toString())
                .jsonPath("$.actor.displayName")
                .isEqualTo("Bruno Reis");
        problem(api.get(bruno, "/api/notifications/" + id), 404);
        problem(api.get(null, "/api/notifications/" + id), 401);
    }

    @Test
    void marksOneReadForItsOwnerOnlyAndAgainChangesNothing() {
        var id = storedNotification(ana, bruno, Instant.now().minusSeconds(1));
        storedNotification(ana, carla, Instant.now());

        problem(api.post(bruno, "/api/notifications/" + id + "/read"), 404)
                .jsonPath("$.type")
                .isEqualTo("urn:problem-type:fakebook:notification-not-found");
        assertThat(api.unreadCount(ana)).isEqualTo(2);

        api.post(ana, "/api/notifications/" + id + "/read").expectStatus().isNoContent();
        api.post(ana, "/api/notifications/" + id + "/read").expectStatus().isNoContent();

        assertThat(api.unreadCount(ana)).isEqualTo(1);
        assertThat(page(ana, "").path("items").get(1).path("read").asBoolean()).isTrue();
    }

    @Test
    void marksAllOfTheCallersNotificationsReadAndNobodyElses() {
        storedNotification(ana, bruno, Instant.now());
        storedNotification(ana, carla, Instant.now());
        storedNotification(bruno, ana, Instant.now());

        api.post(ana, "/api/notifications/read-all").expectStatus().isNoContent();

        assertThat(api.unreadCount(ana)).isZero();
        assertThat(api.unreadCount(bruno)).isEqualTo(1);
        assertThat(api.unreadCount(carla)).isZero();
        api.post(carla, "/api/notifications/read-all").expectStatus().isNoContent();
    }

    @Test
    void deletesOneForItsOwnerOnly() {
        var id = storedNotification(ana, bruno, Instant.now());

        problem(api.delete(bruno, "/api/notifications/" + id), 404);
        api.delete(ana, "/api/notifications/" + id).expectStatus().isNoContent();

        problem(api.delete(ana, "/api/notifications/" + id), 404);
        assertThat(page(ana, "").path("items").isEmpty()).isTrue();
        assertThat(api.unreadCount(ana)).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"00000000-0000-0000-0000-000000000000", "not-an-id"})
    void anUnknownOrMalformedIdIsA404Problem(String id) {
        problem(api.get(ana, "/api/notifications/" + id), 404);
        problem(api.post(ana, "/api/notifications/" + id + "/read"), 404);
        problem(api.delete(ana, "/api/notifications/" + id), 404);
    }

    @Test
    void preferencesAreTheirDefaultsUntilSwitchedAndOnlyTheCallersChange() {
        api.get(ana, "/api/notifications/preferences")
                .expectStatus()
                .isOk()
                .expectBody()
                .json("""
                        {"WELCOME": true, "FRIEND_REQUEST_RECEIVED": true, "FRIEND_REQUEST_ACCEPTED": true,
                         "NEW_MESSAGES": true, "FRIEND_AVATAR_CHANGED": false}""", JsonCompareMode.STRICT);

        api.put(
                        ana,
                        "/api/notifications/preferences",
                        "{\"NEW_MESSAGES\": false, \"WELCOME\": false, \"FRIEND_AVATAR_CHANGED\": true}")
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.NEW_MESSAGES")
                .isEqualTo(false)
                .jsonPath("$.FRIEND_AVATAR_CHANGED")
                .isEqualTo(true)
                .jsonPath("$.FRIEND_REQUEST_RECEIVED")
                .isEqualTo(true);
        api.put(ana, "/api/notifications/preferences", "{\"WELCOME\": true}")
                .expectStatus()
                .isOk();

        api.get(ana, "/api/notifications/preferences")
                .expectBody()
                .jsonPath("$.NEW_MESSAGES")
                .isEqualTo(false)
                .jsonPath("$.WELCOME")
                .isEqualTo(true);
        api.get(bruno, "/api/notifications/preferences")
                .expectBody()
                .jsonPath("$.NEW_MESSAGES")
                .isEqualTo(true)
                .jsonPath("$.FRIEND_AVATAR_CHANGED")
                .isEqualTo(false);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"POKES\": false}", "{\"NEW_MESSAGES\": \"no\"}", "[true]", "{not json"})
    void aPreferenceThatIsNoTypeOrNoBooleanIsA400NamingIt(String body) {
        var answer = problem(api.put(ana, "/api/notifications/preferences", body), 400);

        if (body.startsWith("{\"")) {
            answer.jsonPath("$.errors[0].field").isEqualTo(body.substring(2, body.indexOf('"', 2)));
        }
        api.get(ana, "/api/notifications/preferences")
                .expectBody()
                .jsonPath("$.NEW_MESSAGES")
                .isEqualTo(true);
    }

    @Test
    void everyEndpointAsksAnAnonymousCallerToLogIn() {
        var id = storedNotification(ana, bruno, Instant.now());

        problem(api.get(null, "/api/notifications"), 401);
        problem(api.get(null, "/api/notifications/unread-count"), 401);
        problem(api.post(null, "/api/notifications/" + id + "/read"), 401);
        problem(api.post(null, "/api/notifications/read-all"), 401);
        problem(api.delete(null, "/api/notifications/" + id), 401);
        problem(api.get(null, "/api/notifications/preferences"), 401);
        problem(api.put(null, "/api/notifications/preferences", "{\"WELCOME\": false}"), 401);
        problem(api.get(null, "/api/notifications/stream"), 401);
        assertThat(api.unreadCount(ana)).isEqualTo(1);
    }

    private JsonNode page(TestUser user, String query) {
        return JSON.readTree(api.get(user, "/api/notifications" + query)
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody());
    }

    private static List<String> ids(JsonNode page) {
        return page.path("items")
                .valueStream()
                .map(item -> item.path("id").asString())
                .toList();
    }
}
