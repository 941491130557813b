package com.fakebook.friend.suggestion;

import static com.fakebook.friend.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fakebook.friend.FriendServiceIntegrationTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** People Ana may know: ranked by mutual friends, then by how recent those friendships are. */
class SuggestionsIntegrationTests extends FriendServiceIntegrationTest {

    static final Instant LONG_AGO = Instant.now().minus(100, ChronoUnit.DAYS);

    @Test
    void moreMutualFriendsComeFirstWithTheCountAndAFewNames() {
        var f1 = graph.person(UUID.randomUUID(), "Fausto", "https://img.fakebook.test/f.webp");
        var f2 = graph.person("Gil");
        var f3 = graph.person("Hugo");
        for (var friend : new UUID[] {f1, f2, f3}) {
            graph.friends(ana.id(), friend, LONG_AGO);
        }
        var threeInCommon = graph.person("Ines");
        var oneInCommon = graph.person("Joana");
        graph.friends(f1, threeInCommon, LONG_AGO.plusSeconds(1));
        graph.friends(f2, threeInCommon, LONG_AGO.plusSeconds(3));
        graph.friends(f3, threeInCommon, LONG_AGO.plusSeconds(2));
        graph.friends(f1, oneInCommon, LONG_AGO.plusSeconds(9));

        api.get(ana, "/api/friends/suggestions")
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.length()")
                .isEqualTo(2)
                .jsonPath("$[0].person.id")
                .isEqualTo(threeInCommon.toString())
                .jsonPath("$[0].person.displayName")
                .isEqualTo("Ines")
                .jsonPath("$[0].mutualCount")
                .isEqualTo(3)
                .jsonPath("$[0].mutualFriends.length()")
                .isEqualTo(3)
                .jsonPath("$[0].mutualFriends[0].displayName")
                .isEqualTo("Gil")
                .jsonPath("$[1].person.id")
                .isEqualTo(oneInCommon.toString())
                .jsonPath("$[1].mutualCount")
                .isEqualTo(1)
                .jsonPath("$[1].mutualFriends[0].avatarUrl")
                .isEqualTo("https://img.fakebook.test/f.webp");
    }

    @Test
    void amongEqualsTheNewerFriendshipsComeFirst() {
        var friend = graph.person("Fausto");
        graph.friends(ana.id(), friend, LONG_AGO);
        var older = graph.person("Older");
        var newer = graph.person("Newer");
        graph.friends(friend, older, LONG_AGO.plusSeconds(10));
        graph.friends(friend, newer, LONG_AGO.plusSeconds(20));

        api.get(ana, "/api/friends/suggestions")
                .expectBody()
                .jsonPath("$[0].person.id")
                .isEqualTo(newer.toString())
                .jsonPath("$[1].person.id")
                .isEqualTo(older.toString());
    }

    @Test
    void friendsRequestsBlocksAndDismissalsAreNeverSuggested() {
        var friend = graph.person("Fausto");
        graph.friends(ana.id(), friend);
        for (var actor : new UUID[] {bruno.id(), carla.id(), dora.id(), eva.id()}) {
            graph.friends(friend, actor);
        }
        var suggested = graph.person("Still suggested");
        graph.friends(friend, suggested);
        graph.friends(ana.id(), bruno.id());
        api.sentRequestId(carla, ana.id());
        graph.block(dora.id(), ana.id());
        api.delete(ana, "/api/friends/suggestions/" + eva.id()).expectStatus().isNoContent();

        var body = api.get(ana, "/api/friends/suggestions")
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();

        assertThat(body)
                .contains(suggested.toString())
                .doesNotContain(
                        "\"id\":\"" + bruno.id(),
                        "\"id\":\"" + carla.id(),
                        "\"id\":\"" + dora.id(),
                        "\"id\":\"" + eva.id(),
                        "\"id\":\"" + ana.id());
    }

    @Test
    void someoneWithoutFriendsGetsNoSuggestions() {
        api.get(eva, "/api/friends/suggestions")
                .expectStatus()
                .isOk()
                .expectBody()
                .json("[]");
    }

    @Test
    void dismissingTwiceChangesNothing() {
        api.delete(ana, "/api/friends/suggestions/" + bruno.id()).expectStatus().isNoContent();
        api.delete(ana, "/api/friends/suggestions/" + bruno.id()).expectStatus().isNoContent();

        assertThat(graph.count("select count(*) from dismissed_suggestions")).isEqualTo(1);
    }

    @Test
    void dismissingSomeoneUnknownMalformedOrOneselfIsRefused() {
        problem(api.delete(ana, "/api/friends/suggestions/" + UUID.randomUUID()), 404);
        problem(api.delete(ana, "/api/friends/suggestions/nobody"), 404);
        problem(api.delete(ana, "/api/friends/suggestions/" + ana.id()), 400)
                .jsonPath("$.errors[0].field")
                .isEqualTo("userId");
    }

    @Test
    void aSizeOutOfRangeIsA400NamingIt() {
        problem(api.get(ana, "/api/friends/suggestions?size=0"), 400)
                .jsonPath("$.errors[0].field")
                .isEqualTo("size");
        problem(api.get(ana, "/api/friends/suggestions?size=lots"), 400)
                .jsonPath("$.errors[0].field")
                .isEqualTo("size");
    }

    @Test
    void aNewFriendsFriendsAreSuggestedOnceTheWorkerHasComputedTheListAgain() {
        api.get(ana, "/api/friends/suggestions").expectBody().json("[]");
        var brunosFriend = graph.person("Kiko");
        graph.friends(bruno.id(), brunosFriend);
        var request = api.sentRequestId(bruno, ana.id());

        api.post(ana, "/api/friends/requests/" + request + "/accept", null)
                .expectStatus()
                .isNoContent();

        await().atMost(PATIENCE)
                .untilAsserted(() -> api.get(ana, "/api/friends/suggestions")
                        .expectBody()
                        .jsonPath("$[0].person.id")
                        .isEqualTo(brunosFriend.toString())
                        .jsonPath("$[0].mutualFriends[0].id")
                        .isEqualTo(bruno.id().toString()));
    }

    @Test
    void someoneBefriendedRequestedOrBlockedSinceTheListWasComputedIsNotShown() {
        var friend = graph.person("Fausto");
        graph.friends(ana.id(), friend);
        var befriended = graph.person("Befriended");
        for (var candidate : new UUID[] {befriended, bruno.id(), carla.id()}) {
            graph.friends(friend, candidate);
        }
        api.get(ana, "/api/friends/suggestions")
                .expectBody()
                .jsonPath("$.length()")
                .isEqualTo(3);

        graph.friends(ana.id(), befriended, Instant.now());
        api.sentRequestId(bruno, ana.id());
        graph.block(carla.id(), ana.id());

        api.get(ana, "/api/friends/suggestions").expectBody().json("[]");
    }

    @Test
    void anAnonymousCallerGetsA401ProblemEverywhere() {
        problem(api.get(null, "/api/friends/suggestions"), 401);
        problem(api.delete(null, "/api/friends/suggestions/" + bruno.id()), 401);
    }
}
