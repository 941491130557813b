package com.fakebook.friend.request;

import static com.fakebook.friend.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fakebook.events.friendship.FriendRequestAccepted;
import com.fakebook.events.friendship.FriendRequestCancelled;
import com.fakebook.events.friendship.FriendRequestDeclined;
import com.fakebook.events.friendship.FriendRequestSent;
import com.fakebook.events.friendship.FriendshipEvent;
import com.fakebook.friend.FriendServiceIntegrationTest;
import com.fakebook.testsupport.kafka.TopicWatcher;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

/** Sending, accepting, declining and cancelling requests, as each party and as anyone else. */
class FriendRequestsIntegrationTests extends FriendServiceIntegrationTest {

    @Test
    void aSentRequestWaitsInBothListsAndItsEventGoesOutKeyedByThePair() {
        try (var events = TopicWatcher.watch(FriendshipEvent.TOPIC)) {
            var id = api.sentRequestId(ana, bruno.id());

            api.get(bruno, "/api/friends/requests/incoming")
                    .expectStatus()
                    .isOk()
                    .expectBody()
                    .jsonPath("$.items[0].id")
                    .isEqualTo(id)
                    .jsonPath("$.items[0].person.id")
                    .isEqualTo(ana.id().toString())
                    .jsonPath("$.items[0].person.displayName")
                    .isEqualTo("Ana")
                    .jsonPath("$.items[0].person.avatarUrl")
                    .isEqualTo("https://img.fakebook.test/Ana.webp");
            api.get(ana, "/api/friends/requests/outgoing")
                    .expectStatus()
                    .isOk()
                    .expectBody()
                    .jsonPath("$.items[0].person.id")
                    .isEqualTo(bruno.id().toString());
            events.await(
                    TopicWatcher.ofType(FriendRequestSent.TYPE, FriendshipEvent.pairKey(ana.id(), bruno.id())),
                    PATIENCE);
        }
    }

    @Test
    void aSentRequestAnswersWithItsLocation() {
        api.sendRequest(ana, bruno.id())
                .expectStatus()
                .isCreated()
                .expectHeader()
                .value(HttpHeaders.LOCATION, location -> assertThat(location).startsWith("/api/friends/requests/"))
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("REQUEST_SENT");
    }

    @Test
    void theRecipientAcceptsAndTheTwoAreFriends() {
        try (var events = TopicWatcher.watch(FriendshipEvent.TOPIC)) {
            var id = api.sentRequestId(ana, bruno.id());

            api.post(bruno, "/api/friends/requests/" + id + "/accept", null)
                    .expectStatus()
                    .isNoContent();

            assertThat(graph.areFriends(ana.id(), bruno.id())).isTrue();
            assertThat(graph.areFriends(bruno.id(), ana.id())).isTrue();
            api.get(ana, "/api/friends/requests/outgoing")
                    .expectBody()
                    .jsonPath("$.items")
                    .isEmpty();
            var accepted = events.await(
                    TopicWatcher.ofType(FriendRequestAccepted.TYPE, FriendshipEvent.pairKey(ana.id(), bruno.id())),
                    PATIENCE);
            assertThat(new String(accepted.value())).contains(id);
        }
    }

    @Test
    void aDeclinedRequestLeavesTheRecipientsListButStaysPendingToItsSender() {
        try (var events = TopicWatcher.watch(FriendshipEvent.TOPIC)) {
            var id = api.sentRequestId(ana, bruno.id());

            api.post(bruno, "/api/friends/requests/" + id + "/decline", null)
                    .expectStatus()
                    .isNoContent();

            api.get(bruno, "/api/friends/requests/incoming")
                    .expectBody()
                    .jsonPath("$.items")
                    .isEmpty();
            api.get(ana, "/api/friends/requests/outgoing")
                    .expectBody()
                    .jsonPath("$.items[0].id")
                    .isEqualTo(id);
            api.get(ana, "/api/friends/people/" + bruno.id() + "/status")
                    .expectBody()
                    .jsonPath("$.status")
                    .isEqualTo("REQUEST_SENT");
            api.get(bruno, "/api/friends/people/" + ana.id() + "/status")
                    .expectBody()
                    .jsonPath("$.status")
                    .isEqualTo("NONE");
            events.await(
                    TopicWatcher.ofType(FriendRequestDeclined.TYPE, FriendshipEvent.pairKey(ana.id(), bruno.id())),
                    PATIENCE);
        }
    }

    @Test
    void sendingAgainADeclinedRequestReturnsTheSameOneAndTellsNothing() {
        var id = api.sentRequestId(ana, bruno.id());
        api.post(bruno, "/api/friends/requests/" + id + "/decline", null)
                .expectStatus()
                .isNoContent();

        api.sendRequest(ana, bruno.id())
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("REQUEST_SENT")
                .jsonPath("$.request.id")
                .isEqualTo(id);
    }

    @Test
    void theSenderCancelsAndTheRequestIsGoneForBoth() {
        try (var events = TopicWatcher.watch(FriendshipEvent.TOPIC)) {
            var id = api.sentRequestId(ana, bruno.id());

            api.delete(ana, "/api/friends/requests/" + id).expectStatus().isNoContent();

            api.get(bruno, "/api/friends/requests/incoming")
                    .expectBody()
                    .jsonPath("$.items")
                    .isEmpty();
            api.get(ana, "/api/friends/requests/outgoing")
                    .expectBody()
                    .jsonPath("$.items")
                    .isEmpty();
            events.await(
                    TopicWatcher.ofType(FriendRequestCancelled.TYPE, FriendshipEvent.pairKey(ana.id(), bruno.id())),
                    PATIENCE);
        }
    }

    @Test
    void sendingTheSameRequestTwiceGivesTheSameRequest() {
        var id = api.sentRequestId(ana, bruno.id());

        api.sendRequest(ana, bruno.id())
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.request.id")
                .isEqualTo(id);
        assertThat(graph.count("select count(*) from friend_requests")).isEqualTo(1);
    }

    @Test
    void aRequestCrossingOneReceivedAcceptsItAndTheTwoAreFriendsOnce() {
        var id = api.sentRequestId(ana, bruno.id());

        api.sendRequest(bruno, ana.id())
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("FRIENDS");

        assertThat(graph.areFriends(ana.id(), bruno.id())).isTrue();
        assertThat(graph.count("select count(*) from friend_requests")).isZero();
        assertThat(committed.of(FriendRequestAccepted.TYPE, FriendshipEvent.pairKey(ana.id(), bruno.id())))
                .singleElement()
                .extracting(event -> ((FriendRequestAccepted) event).requestId())
                .isEqualTo(UUID.fromString(id));
    }

    @Test
    void requestsAreCountedByOutcomeForOperators() {
        api.sentRequestId(ana, bruno.id());

        api.client()
                .get()
                .uri("/actuator/prometheus")
                .exchange()
                .expectBody(String.class)
                .value(metrics -> assertThat(metrics).contains("fakebook_friend_requests_total{", "outcome=\"sent\""));
    }

    @Test
    void whoDeclinedARequestAndThenAsksBackBecomesFriendsWithItsSender() {
        var id = api.sentRequestId(ana, bruno.id());
        api.post(bruno, "/api/friends/requests/" + id + "/decline", null)
                .expectStatus()
                .isNoContent();

        api.sendRequest(bruno, ana.id())
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("FRIENDS");

        assertThat(graph.areFriends(ana.id(), bruno.id())).isTrue();
        assertThat(graph.count("select count(*) from friend_requests")).isZero();
    }

    @Test
    void aRequestToOneselfIsA400NamingTheField() {
        problem(api.sendRequest(ana, ana.id()), 400)
                .jsonPath("$.errors[0].field")
                .isEqualTo("recipientId");
    }

    @Test
    void aRecipientIdThatIsNoUuidIsA400NamingTheField() {
        problem(api.sendRequest(ana, "not-a-uuid"), 400)
                .jsonPath("$.errors[0].field")
                .isEqualTo("recipientId");
    }

    @Test
    void aMissingRecipientIdIsA400NamingTheField() {
        problem(api.post(ana, "/api/friends/requests", "{}"), 400)
                .jsonPath("$.errors[0].field")
                .isEqualTo("recipientId");
    }

    @Test
    void aBodyThatIsNotJsonIsA400Problem() {
        problem(api.post(ana, "/api/friends/requests", "{\"recipientId\": "), 400);
    }

    @Test
    void aRequestToSomeoneUnknownIsA404() {
        problem(api.sendRequest(ana, UUID.randomUUID()), 404)
                .jsonPath("$.type")
                .isEqualTo("urn:problem-type:fakebook:person-not-found");
    }

    @Test
    void aRequestToAFriendIsA409() {
        graph.friends(ana.id(), bruno.id());

        problem(api.sendRequest(ana, bruno.id()), 409)
                .jsonPath("$.type")
                .isEqualTo("urn:problem-type:fakebook:already-friends");
    }

    @Test
    void aRequestToSomeoneWhoBlockedTheSenderIsA404AsForSomeoneUnknown() {
        graph.block(bruno.id(), ana.id());

        problem(api.sendRequest(ana, bruno.id()), 404)
                .jsonPath("$.type")
                .isEqualTo("urn:problem-type:fakebook:person-not-found");
    }

    @Test
    void aRequestToSomeoneTheSenderBlockedIsA404() {
        graph.block(ana.id(), bruno.id());

        problem(api.sendRequest(ana, bruno.id()), 404);
    }

    @Test
    void noMoreRequestsThanTheCapMayWait() {
        for (var i = 0; i < 3; i++) {
            api.sendRequest(ana, graph.person("Someone " + i)).expectStatus().isCreated();
        }

        problem(api.sendRequest(ana, bruno.id()), 409)
                .jsonPath("$.type")
                .isEqualTo("urn:problem-type:fakebook:too-many-pending-requests");
    }

    @Test
    void sendingTooOftenIsA429WithRetryAfter() {
        for (var i = 0; i < 8; i++) {
            var someone = graph.person("Someone " + i);
            var id = api.sentRequestId(ana, someone);
            api.delete(ana, "/api/friends/requests/" + id).expectStatus().isNoContent();
        }

        var response = api.sendRequest(ana, bruno.id());

        response.expectHeader().exists(HttpHeaders.RETRY_AFTER);
        problem(response, 429).jsonPath("$.type").isEqualTo("urn:problem-type:fakebook:too-many-attempts");
    }

    @Test
    void theSenderCannotAcceptOrDeclineTheirOwnRequest() {
        var id = api.sentRequestId(ana, bruno.id());

        problem(api.post(ana, "/api/friends/requests/" + id + "/accept", null), 404);
        problem(api.post(ana, "/api/friends/requests/" + id + "/decline", null), 404);
    }

    @Test
    void theRecipientCannotCancelTheRequest() {
        var id = api.sentRequestId(ana, bruno.id());

        problem(api.delete(bruno, "/api/friends/requests/" + id), 404)
                .jsonPath("$.type")
                .isEqualTo("urn:problem-type:fakebook:friend-request-not-found");
        assertThat(graph.count("select count(*) from friend_requests")).isEqualTo(1);
    }

    @Test
    void aStrangerCanNeitherSeeNorTouchSomeoneElsesRequest() {
        var id = api.sentRequestId(ana, bruno.id());

        problem(api.post(carla, "/api/friends/requests/" + id + "/accept", null), 404);
        problem(api.post(carla, "/api/friends/requests/" + id + "/decline", null), 404);
        problem(api.delete(carla, "/api/friends/requests/" + id), 404);
        api.get(carla, "/api/friends/requests/incoming")
                .expectBody()
                .jsonPath("$.items")
                .isEmpty();
        assertThat(graph.areFriends(ana.id(), bruno.id())).isFalse();
        assertThat(graph.count("select count(*) from friend_requests")).isEqualTo(1);
    }

    @Test
    void aBlockedRecipientHasNoRequestLeftToAccept() {
        var id = api.sentRequestId(ana, bruno.id());
        api.put(ana, "/api/friends/blocks/" + bruno.id()).expectStatus().isNoContent();

        problem(api.post(bruno, "/api/friends/requests/" + id + "/accept", null), 404);
        assertThat(graph.areFriends(ana.id(), bruno.id())).isFalse();
    }

    @Test
    void anUnknownOrMalformedRequestIdIsA404() {
        problem(api.post(bruno, "/api/friends/requests/" + UUID.randomUUID() + "/accept", null), 404)
                .jsonPath("$.type")
                .isEqualTo("urn:problem-type:fakebook:friend-request-not-found");
        problem(api.post(bruno, "/api/friends/requests/not-an-id/accept", null), 404)
                .jsonPath("$.type")
                .isEqualTo("urn:problem-type:fakebook:friend-request-not-found");
        problem(api.delete(bruno, "/api/friends/requests/12345"), 404);
    }

    @Test
    void aCallerTheServiceDoesNotKnowGetsA404AccountNotFound() {
        db.sql("delete from people where id = ?").param(ana.id()).update();

        problem(api.sendRequest(ana, bruno.id()), 404)
                .jsonPath("$.type")
                .isEqualTo("urn:problem-type:fakebook:account-not-found");
    }

    @Test
    void theListsArePagedByCursorNewestFirst() {
        var first = api.sentRequestId(bruno, ana.id());
        var second = api.sentRequestId(carla, ana.id());
        var third = api.sentRequestId(dora, ana.id());

        var page = api.get(ana, "/api/friends/requests/incoming?size=2")
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        assertThat(page).contains(third, second).doesNotContain(first);
        var next = page.replaceAll(".*\"next\":\"([^\"]+)\".*", "$1");

        api.get(ana, "/api/friends/requests/incoming?size=2&cursor=" + next)
                .expectBody()
                .jsonPath("$.items.length()")
                .isEqualTo(1)
                .jsonPath("$.items[0].id")
                .isEqualTo(first)
                .jsonPath("$.next")
                .doesNotExist();
    }

    @Test
    void aCursorNotGivenOutIsA400NamingIt() {
        problem(api.get(ana, "/api/friends/requests/incoming?cursor=bm9wZQ"), 400)
                .jsonPath("$.errors[0].field")
                .isEqualTo("cursor");
    }

    @Test
    void aPageSizeOutOfRangeIsA400NamingIt() {
        problem(api.get(ana, "/api/friends/requests/outgoing?size=0"), 400)
                .jsonPath("$.errors[0].field")
                .isEqualTo("size");
        problem(api.get(ana, "/api/friends/requests/outgoing?size=101"), 400)
                .jsonPath("$.errors[0].field")
                .isEqualTo("size");
    }

    @Test
    void anAnonymousCallerGetsA401ProblemEverywhere() {
        var id = UUID.randomUUID();
        problem(api.sendRequest(null, bruno.id()), 401);
        problem(api.get(null, "/api/friends/requests/incoming"), 401);
        problem(api.get(null, "/api/friends/requests/outgoing"), 401);
        problem(api.post(null, "/api/friends/requests/" + id + "/accept", null), 401);
        problem(api.post(null, "/api/friends/requests/" + id + "/decline", null), 401);
        problem(api.delete(null, "/api/friends/requests/" + id), 401);
        problem(api.get(null, "/api/friends/people/" + id + "/status"), 401);
    }
}
