package com.fakebook.friend.block;

import static com.fakebook.friend.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fakebook.events.friendship.FriendRequestCancelled;
import com.fakebook.events.friendship.FriendshipEnded;
import com.fakebook.events.friendship.FriendshipEvent;
import com.fakebook.events.friendship.UserBlocked;
import com.fakebook.events.friendship.UserUnblocked;
import com.fakebook.friend.FriendServiceIntegrationTest;
import com.fakebook.testsupport.kafka.TopicWatcher;
import com.fakebook.testsupport.keycloak.Actor;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Blocking: it ends what was between two people and hides each from the other, both ways. */
class BlocksIntegrationTests extends FriendServiceIntegrationTest {

    @Test
    void blockingAFriendEndsTheFriendshipWithEvents() {
        graph.friends(ana.id(), bruno.id());
        var pair = FriendshipEvent.pairKey(ana.id(), bruno.id());
        try (var events = TopicWatcher.watch(FriendshipEvent.TOPIC)) {

            api.put(ana, block(bruno)).expectStatus().isNoContent();

            assertThat(graph.areFriends(ana.id(), bruno.id())).isFalse();
            assertThat(graph.areFriends(bruno.id(), ana.id())).isFalse();
            events.await(TopicWatcher.ofType(UserBlocked.TYPE, pair), PATIENCE);
            events.await(TopicWatcher.ofType(FriendshipEnded.TYPE, pair), PATIENCE);
        }
    }

    @Test
    void blockingEndsARequestEitherWayWithAnEvent() {
        api.sentRequestId(bruno, ana.id());
        try (var events = TopicWatcher.watch(FriendshipEvent.TOPIC)) {

            api.put(ana, block(bruno)).expectStatus().isNoContent();

            assertThat(graph.count("select count(*) from friend_requests")).isZero();
            events.await(
                    TopicWatcher.ofType(FriendRequestCancelled.TYPE, FriendshipEvent.pairKey(ana.id(), bruno.id())),
                    PATIENCE);
        }
        api.get(bruno, "/api/friends/requests/outgoing")
                .expectBody()
                .jsonPath("$.items")
                .isEmpty();
    }

    @Test
    void blockingAgainChangesNothing() {
        api.put(ana, block(bruno)).expectStatus().isNoContent();
        api.put(ana, block(bruno)).expectStatus().isNoContent();

        assertThat(graph.count("select count(*) from blocks")).isEqualTo(1);
        assertThat(committed.count(UserBlocked.TYPE, FriendshipEvent.pairKey(ana.id(), bruno.id())))
                .isEqualTo(1);
    }

    @Test
    void theBlockedPersonCannotFindTheBlockerAnywhere() {
        api.put(ana, block(bruno)).expectStatus().isNoContent();

        problem(api.sendRequest(bruno, ana.id()), 404);
        problem(api.get(bruno, "/api/friends/people/" + ana.id() + "/status"), 404);
        problem(api.get(bruno, "/api/friends/people/" + ana.id() + "/friends"), 404);
        problem(api.put(bruno, block(ana)), 404);
        problem(api.delete(bruno, "/api/friends/suggestions/" + ana.id()), 404);
    }

    @Test
    void theBlockerSeesTheBlockInTheirListAndAsStatus() {
        api.put(ana, block(bruno)).expectStatus().isNoContent();

        api.get(ana, "/api/friends/blocks")
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.items[0].person.id")
                .isEqualTo(bruno.id().toString())
                .jsonPath("$.items[0].person.displayName")
                .isEqualTo("Bruno");
        api.get(ana, "/api/friends/people/" + bruno.id() + "/status")
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("BLOCKED");
        api.get(bruno, "/api/friends/blocks").expectBody().jsonPath("$.items").isEmpty();
        api.get(carla, "/api/friends/blocks").expectBody().jsonPath("$.items").isEmpty();
    }

    @Test
    void unblockingLiftsTheBlockAndBringsNothingBack() {
        graph.friends(ana.id(), bruno.id());
        api.put(ana, block(bruno)).expectStatus().isNoContent();
        try (var events = TopicWatcher.watch(FriendshipEvent.TOPIC)) {

            api.delete(ana, block(bruno)).expectStatus().isNoContent();

            events.await(
                    TopicWatcher.ofType(UserUnblocked.TYPE, FriendshipEvent.pairKey(ana.id(), bruno.id())), PATIENCE);
        }
        assertThat(graph.areFriends(ana.id(), bruno.id())).isFalse();
        api.get(bruno, "/api/friends/people/" + ana.id() + "/status")
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("NONE");
    }

    @Test
    void onlyTheBlockerMayUnblock() {
        api.put(ana, block(bruno)).expectStatus().isNoContent();

        problem(api.delete(bruno, block(ana)), 404)
                .jsonPath("$.type")
                .isEqualTo("urn:problem-type:fakebook:block-not-found");
        problem(api.delete(carla, block(bruno)), 404);
        assertThat(graph.count("select count(*) from blocks")).isEqualTo(1);
    }

    @Test
    void blockingSomeoneUnknownMalformedOrOneselfIsRefused() {
        problem(api.put(ana, "/api/friends/blocks/" + UUID.randomUUID()), 404);
        problem(api.put(ana, "/api/friends/blocks/nobody"), 404);
        problem(api.put(ana, block(ana)), 400).jsonPath("$.errors[0].field").isEqualTo("userId");
    }

    @Test
    void anAnonymousCallerGetsA401ProblemEverywhere() {
        problem(api.get(null, "/api/friends/blocks"), 401);
        problem(api.put(null, block(bruno)), 401);
        problem(api.delete(null, block(bruno)), 401);
    }

    private static String block(Actor person) {
        return "/api/friends/blocks/" + person.id();
    }
}
