package com.fakebook.friend.request;

import static com.fakebook.friend.Api.problem;

import com.fakebook.friend.FriendServiceIntegrationTest;
import com.fakebook.testsupport.keycloak.Actor;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code GET /api/friends/people/{id}/status}: where the caller stands with someone. */
class RelationshipStatusIntegrationTests extends FriendServiceIntegrationTest {

    @Test
    void strangersStandNowhere() {
        assertStatus(ana, bruno, "NONE");
    }

    @Test
    void aRequestIsSentForItsSenderAndReceivedForItsRecipient() {
        var id = api.sentRequestId(ana, bruno.id());

        api.get(ana, path(bruno)).expectBody().jsonPath("$.status").isEqualTo("REQUEST_SENT");
        api.get(bruno, path(ana))
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("REQUEST_RECEIVED")
                .jsonPath("$.requestId")
                .isEqualTo(id);
        assertStatus(carla, ana, "NONE");
    }

    @Test
    void friendsAreFriendsBothWays() {
        graph.friends(ana.id(), bruno.id());

        assertStatus(ana, bruno, "FRIENDS");
        assertStatus(bruno, ana, "FRIENDS");
    }

    @Test
    void theBlockerSeesBlockedAndToTheBlockedTheBlockerDoesNotExist() {
        graph.block(ana.id(), bruno.id());

        assertStatus(ana, bruno, "BLOCKED");
        problem(api.get(bruno, path(ana)), 404);
    }

    @Test
    void unknownMalformedAndOneselfAreRefused() {
        problem(api.get(ana, "/api/friends/people/" + UUID.randomUUID() + "/status"), 404);
        problem(api.get(ana, "/api/friends/people/nobody/status"), 404);
        problem(api.get(ana, path(ana)), 400).jsonPath("$.errors[0].field").isEqualTo("userId");
    }

    private void assertStatus(Actor caller, Actor other, String status) {
        api.get(caller, path(other))
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo(status);
    }

    private static String path(Actor other) {
        return "/api/friends/people/" + other.id() + "/status";
    }
}
