package com.fakebook.friend.friendship;

import static com.fakebook.friend.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fakebook.events.friendship.FriendshipEnded;
import com.fakebook.events.friendship.FriendshipEvent;
import com.fakebook.friend.FriendServiceIntegrationTest;
import com.fakebook.testsupport.kafka.TopicWatcher;
import com.fakebook.testsupport.keycloak.Actor;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Lists of friends, who may see them, mutual friends, and unfriending. */
class FriendshipsIntegrationTests extends FriendServiceIntegrationTest {

    @Test
    void myFriendsShowWithNameAndAvatarNewestFirst() {
        var longAgo = Instant.now().minus(30, ChronoUnit.DAYS);
        graph.friends(ana.id(), bruno.id(), longAgo);
        graph.friends(ana.id(), carla.id(), longAgo.plus(1, ChronoUnit.DAYS));

        api.get(ana, "/api/friends")
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.items.length()")
                .isEqualTo(2)
                .jsonPath("$.items[0].person.id")
                .isEqualTo(carla.id().toString())
                .jsonPath("$.items[0].person.displayName")
                .isEqualTo("Carla")
                .jsonPath("$.items[0].person.avatarUrl")
                .isEqualTo("https://img.fakebook.test/Carla.webp")
                .jsonPath("$.items[1].person.id")
                .isEqualTo(bruno.id().toString())
                .jsonPath("$.next")
                .doesNotExist();
    }

    @Test
    void myFriendsArePagedByCursor() {
        var start = Instant.now().minus(1, ChronoUnit.DAYS);
        for (var i = 0; i < 5; i++) {
            graph.friends(ana.id(), graph.person("Friend " + i), start.plusSeconds(i));
        }

        var first = api.get(ana, "/api/friends?size=3")
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        assertThat(first).contains("Friend 4", "Friend 3", "Friend 2").doesNotContain("Friend 1");
        var next = first.replaceAll(".*\"next\":\"([^\"]+)\".*", "$1");

        var second = api.get(ana, "/api/friends?size=3&cursor=" + next)
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        assertThat(second).contains("Friend 1", "Friend 0").doesNotContain("Friend 2", "\"next\":\"");
    }

    @Test
    void unfriendingEndsTheFriendshipForBothWithAnEvent() {
        graph.friends(ana.id(), bruno.id());
        try (var events = TopicWatcher.watch(FriendshipEvent.TOPIC)) {

            api.delete(bruno, friendship(ana)).expectStatus().isNoContent();

            assertThat(graph.areFriends(ana.id(), bruno.id())).isFalse();
            assertThat(graph.areFriends(bruno.id(), ana.id())).isFalse();
            var ended = events.await(
                    TopicWatcher.ofType(FriendshipEnded.TYPE, FriendshipEvent.pairKey(ana.id(), bruno.id())), PATIENCE);
            assertThat(new String(ended.value())).contains("\"endedBy\":\"" + bruno.id() + "\"");
        }
    }

    @Test
    void unfriendingSomeoneWhoIsNoFriendIsA404() {
        problem(api.delete(ana, friendship(carla)), 404)
                .jsonPath("$.type")
                .isEqualTo("urn:problem-type:fakebook:friendship-not-found");
        problem(api.delete(ana, "/api/friends/people/" + UUID.randomUUID() + "/friendship"), 404);
        problem(api.delete(ana, "/api/friends/people/x/friendship"), 404);
    }

    @Test
    void aFriendsListOfTheDefaultAudienceShowsToFriendsOnly() {
        graph.friends(ana.id(), bruno.id());
        graph.friends(ana.id(), carla.id());

        api.get(bruno, friendsOf(ana))
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.items.length()")
                .isEqualTo(2);
        problem(api.get(dora, friendsOf(ana)), 404)
                .jsonPath("$.type")
                .isEqualTo("urn:problem-type:fakebook:friends-list-not-found");
    }

    @Test
    void aPublicFriendsListShowsToAStranger() {
        graph.friends(ana.id(), bruno.id());
        graph.audience(ana.id(), "PUBLIC");

        api.get(dora, friendsOf(ana))
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.items[0].person.id")
                .isEqualTo(bruno.id().toString());
    }

    @Test
    void aFriendsOfFriendsListShowsToAFriendOfAFriendButNotToAStranger() {
        graph.friends(ana.id(), bruno.id());
        graph.friends(bruno.id(), carla.id());
        graph.audience(ana.id(), "FRIENDS_OF_FRIENDS");

        api.get(carla, friendsOf(ana)).expectStatus().isOk();
        api.get(bruno, friendsOf(ana)).expectStatus().isOk();
        problem(api.get(dora, friendsOf(ana)), 404);
    }

    @Test
    void anOnlyMeListShowsToItsOwnerAlone() {
        graph.friends(ana.id(), bruno.id());
        graph.audience(ana.id(), "ONLY_ME");

        problem(api.get(bruno, friendsOf(ana)), 404);
        api.get(ana, friendsOf(ana))
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.items.length()")
                .isEqualTo(1);
    }

    @Test
    void aListNeverShowsSomeoneWhoBlockedTheViewer() {
        graph.friends(ana.id(), bruno.id());
        graph.friends(ana.id(), dora.id());
        graph.audience(ana.id(), "PUBLIC");
        graph.block(dora.id(), carla.id());

        api.get(carla, friendsOf(ana))
                .expectBody()
                .jsonPath("$.items.length()")
                .isEqualTo(1)
                .jsonPath("$.items[0].person.id")
                .isEqualTo(bruno.id().toString());
    }

    @Test
    void aBlockedViewerFindsNoListAtAll() {
        graph.audience(ana.id(), "PUBLIC");
        graph.block(ana.id(), eva.id());

        problem(api.get(eva, friendsOf(ana)), 404)
                .jsonPath("$.type")
                .isEqualTo("urn:problem-type:fakebook:person-not-found");
    }

    @Test
    void theFriendsListOfSomeoneUnknownOrMalformedIsA404() {
        problem(api.get(ana, "/api/friends/people/" + UUID.randomUUID() + "/friends"), 404);
        problem(api.get(ana, "/api/friends/people/someone/friends"), 404);
    }

    @Test
    void mutualFriendsAreTheFriendsTheTwoShare() {
        graph.friends(ana.id(), carla.id());
        graph.friends(ana.id(), dora.id());
        graph.friends(bruno.id(), carla.id());
        graph.friends(bruno.id(), eva.id());

        api.get(ana, mutual(bruno))
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.items.length()")
                .isEqualTo(1)
                .jsonPath("$.items[0].person.id")
                .isEqualTo(carla.id().toString());
    }

    @Test
    void mutualFriendsWithABlockedOrBlockingPersonAreA404() {
        graph.friends(ana.id(), carla.id());
        graph.friends(bruno.id(), carla.id());
        graph.block(bruno.id(), ana.id());

        problem(api.get(ana, mutual(bruno)), 404);
        problem(api.get(bruno, mutual(ana)), 404);
    }

    @Test
    void anAnonymousCallerGetsA401ProblemEverywhere() {
        problem(api.get(null, "/api/friends"), 401);
        problem(api.get(null, friendsOf(ana)), 401);
        problem(api.get(null, mutual(ana)), 401);
        problem(api.delete(null, friendship(ana)), 401);
    }

    private static String friendsOf(Actor person) {
        return "/api/friends/people/" + person.id() + "/friends";
    }

    private static String mutual(Actor person) {
        return "/api/friends/people/" + person.id() + "/mutual-friends";
    }

    private static String friendship(Actor person) {
        return "/api/friends/people/" + person.id() + "/friendship";
    }
}
