package com.fakebook.messaging.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.fakebook.messaging.Api;
import com.fakebook.messaging.MessagingIntegrationTest;
import com.fakebook.testsupport.keycloak.Actor;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

/**
 * Presence: friends see each other come online and leave, strangers never do, and who hides their presence is
 * neither seen nor sees. People of their own per test, so no presence kept in Redis by another test interferes.
 */
class PresenceIntegrationTests extends MessagingIntegrationTest {

    private Actor eve;
    private Actor finn;
    private Actor gus;

    @BeforeEach
    void eveAndFinnAreFriendsGusIsAStranger() {
        eve = Actor.named("Eve " + UUID.randomUUID());
        finn = Actor.named("Finn " + UUID.randomUUID());
        gus = Actor.named("Gus " + UUID.randomUUID());
        for (var actor : new Actor[] {eve, finn, gus}) {
            graph.person(actor);
        }
        graph.friends(eve, finn);
    }

    @Test
    void aFriendSeesMeComeOnlineAndLeaveAStrangerDoesNot() {
        try (var finnPhone = connect(port, finn);
                var gusPhone = connect(port, gus)) {
            var evePhone = connect(port, eve);

            var online = finnPhone.next(frame -> isPresenceOf(frame, eve), PATIENCE);
            assertThat(online.get("online").asBoolean()).isTrue();
            assertThat(presenceAsked(finn, eve, gus)).containsExactly(eve.id().toString() + ":true");

            evePhone.close();

            var left = finnPhone.next(frame -> isPresenceOf(frame, eve), PATIENCE);
            assertThat(left.get("online").asBoolean()).isFalse();
            assertThat(left.get("lastActiveAt").isNull()).isFalse();
            assertThat(gusPhone.receives("presence", Duration.ofSeconds(1)))
                    .as("a stranger is never told")
                    .isFalse();
            assertThat(presenceAsked(gus, eve)).as("nor told when asking").isEmpty();
        }
    }

    @Test
    void whoHidesTheirPresenceIsNeitherSeenNorSees() {
        Api.json(api.call(HttpMethod.PUT, eve, "/api/conversations/settings", "{\"showPresence\":false}"));
        assertThat(Api.json(api.get(eve, "/api/conversations/settings"))
                        .get("showPresence")
                        .asBoolean())
                .isFalse();

        try (var finnPhone = connect(port, finn);
                var evePhone = connect(port, eve)) {
            assertThat(finnPhone.receives("presence", Duration.ofSeconds(2))).isFalse();
            assertThat(presenceAsked(finn, eve)).isEmpty();
            assertThat(presenceAsked(eve, finn)).as("who hides sees nobody's").isEmpty();
        }
    }

    @Test
    void badInputAndAnonymousCallsAreRefused() {
        Api.problem(api.call(HttpMethod.PUT, eve, "/api/conversations/settings", "{}"), 400)
                .jsonPath("$.errors[0].field")
                .isEqualTo("showPresence");
        Api.problem(api.get(eve, "/api/conversations/presence"), 400);
        Api.problem(api.get(null, "/api/conversations/presence?userIds=" + finn.id()), 401);
        Api.problem(api.get(null, "/api/conversations/settings"), 401);
    }

    /** What the viewer is told of these people's presence, as "id:online". */
    private java.util.List<String> presenceAsked(Actor viewer, Actor... people) {
        var ids = java.util.Arrays.stream(people)
                .map(person -> person.id().toString())
                .reduce((one, other) -> one + "," + other)
                .orElseThrow();
        var statuses = Api.json(api.get(viewer, "/api/conversations/presence?userIds=" + ids));
        var told = new java.util.ArrayList<String>();
        statuses.forEach(status -> told.add(
                status.get("userId").asString() + ":" + status.get("online").asBoolean()));
        return told;
    }

    private static boolean isPresenceOf(tools.jackson.databind.JsonNode frame, Actor person) {
        return "presence".equals(frame.path("type").asString())
                && person.id().toString().equals(frame.path("userId").asString());
    }
}
