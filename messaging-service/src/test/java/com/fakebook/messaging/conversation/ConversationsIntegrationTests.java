package com.fakebook.messaging.conversation;

import static com.fakebook.messaging.Api.json;
import static com.fakebook.messaging.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fakebook.messaging.MessagingIntegrationTest;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;

/** Opening, listing and shaping conversations, as owner, other party, stranger and anonymous. */
class ConversationsIntegrationTests extends MessagingIntegrationTest {

    @Test
    void aDirectConversationIsOpenedOnceForThePair() {
        var first = api.post(ana, "/api/conversations/direct", "{\"userId\":\"" + bruno.id() + "\"}");
        var id = json(first.expectStatus().isCreated()).get("id").asString();

        var again = json(api.post(bruno, "/api/conversations/direct", "{\"userId\":\"" + ana.id() + "\"}"));

        assertThat(again.get("id").asString()).isEqualTo(id);
        assertThat(again.get("name").asString()).isEqualTo("Ana");
        assertThat(again.get("participants")).hasSize(2);
        assertThat(again.get("readOnly").asBoolean()).isFalse();
    }

    @Test
    void onlyFriendsCanStartOneAndABlockHidesThePerson() {
        problem(api.post(ana, "/api/conversations/direct", "{\"userId\":\"" + dora.id() + "\"}"), 404)
                .jsonPath("$.type")
                .isEqualTo("urn:problem-type:fakebook:person-not-found");
        graph.block(bruno, ana);
        problem(api.post(ana, "/api/conversations/direct", "{\"userId\":\"" + bruno.id() + "\"}"), 404);
        problem(api.post(ana, "/api/conversations/direct", "{\"userId\":\"" + UUID.randomUUID() + "\"}"), 404);
    }

    @Test
    void badInputIsA400NamingTheField() {
        problem(api.post(ana, "/api/conversations/direct", "{\"userId\":\"" + ana.id() + "\"}"), 400)
                .jsonPath("$.errors[0].field")
                .isEqualTo("userId");
        problem(api.post(ana, "/api/conversations/direct", "{\"userId\":\"nope\"}"), 400)
                .jsonPath("$.errors[0].field")
                .isEqualTo("userId");
        problem(api.post(ana, "/api/conversations/direct", "{}"), 400)
                .jsonPath("$.errors[0].field")
                .isEqualTo("userId");
        problem(
                        api.post(
                                ana,
                                "/api/conversations/groups",
                                "{\"name\":\" \",\"memberIds\":[\"" + bruno.id() + "\"]}"),
                        400)
                .jsonPath("$.errors[0].field")
                .isEqualTo("name");
    }

    @Test
    void aGroupIsOfTheCreatorsFriendsOnly() {
        problem(
                        api.post(
                                ana,
                                "/api/conversations/groups",
                                "{\"name\":\"Trip\",\"memberIds\":[\"" + bruno.id() + "\",\"" + dora.id() + "\"]}"),
                        400)
                .jsonPath("$.errors[0].field")
                .isEqualTo("memberIds");

        var group = json(api.post(
                        ana,
                        "/api/conversations/groups",
                        "{\"name\":\"Trip\",\"memberIds\":[\"" + bruno.id() + "\",\"" + carla.id() + "\"]}")
                .expectStatus()
                .isCreated());

        assertThat(group.get("kind").asString()).isEqualTo("GROUP");
        assertThat(group.get("name").asString()).isEqualTo("Trip");
        assertThat(group.get("participants")).hasSize(3);
    }

    @Test
    void myListIsNewestActivityFirstWithPreviewAndUnreadCount() {
        var withBruno = api.direct(ana, bruno);
        var withCarla = api.direct(ana, carla);
        api.send(bruno, withBruno, "b1", "hello Ana");
        api.send(carla, withCarla, "c1", "hi!");
        api.send(bruno, withBruno, "b2", "are you there?");

        var list = json(api.get(ana, "/api/conversations")).get("items");

        assertThat(list).hasSize(2);
        assertThat(list.get(0).get("id").asString()).isEqualTo(withBruno.toString());
        assertThat(list.get(0).get("unreadCount").asLong()).isEqualTo(2);
        assertThat(list.get(0).get("lastMessage").get("preview").asString()).isEqualTo("are you there?");
        assertThat(list.get(1).get("id").asString()).isEqualTo(withCarla.toString());

        api.post(ana, "/api/conversations/" + withBruno + "/read", "{\"upToSequence\":2}")
                .expectStatus()
                .isNoContent();
        assertThat(json(api.get(ana, "/api/conversations/" + withBruno))
                        .get("unreadCount")
                        .asLong())
                .isZero();
        assertThat(json(api.get(bruno, "/api/conversations")).get("items")).hasSize(1);
    }

    @Test // #9
    void eachMemberSeesHowFarTheOthersHaveReadEvenWhatWasReadWhileTheyWereAway() {
        var group = UUID.fromString(json(api.post(
                        ana,
                        "/api/conversations/groups",
                        "{\"name\":\"Trip\",\"memberIds\":[\"" + bruno.id() + "\",\"" + carla.id() + "\"]}"))
                .get("id")
                .asString());
        api.send(ana, group, "a1", "one");
        api.send(ana, group, "a2", "two");
        api.post(bruno, "/api/conversations/" + group + "/read", "{\"upToSequence\":2}")
                .expectStatus()
                .isNoContent();
        api.post(carla, "/api/conversations/" + group + "/read", "{\"upToSequence\":1}")
                .expectStatus()
                .isNoContent();

        var seen = json(api.get(ana, "/api/conversations/" + group));

        assertThat(seen.get("createdBy").asString()).isEqualTo(ana.id().toString());
        assertThat(marks(seen, "lastReadSequence"))
                .as("a sender has read what they sent")
                .containsEntry(ana.id().toString(), 2L)
                .containsEntry(bruno.id().toString(), 2L)
                .containsEntry(carla.id().toString(), 1L);
        assertThat(marks(seen, "lastDeliveredSequence"))
                .containsEntry(bruno.id().toString(), 2L);
        var listed = json(api.get(carla, "/api/conversations")).get("items").get(0);
        assertThat(marks(listed, "lastReadSequence")).containsEntry(bruno.id().toString(), 2L);
        assertThat(listed.get("members")).hasSameSizeAs(listed.get("participants"));
    }

    @Test // #9
    void theMembersMarksAreNotShownToAStrangerOrAnonymous() {
        var id = api.direct(ana, bruno);
        api.send(ana, id, "a1", "hello");
        api.post(bruno, "/api/conversations/" + id + "/read", "{\"upToSequence\":1}")
                .expectStatus()
                .isNoContent();

        problem(api.get(dora, "/api/conversations/" + id), 404);
        assertThat(json(api.get(dora, "/api/conversations")).get("items")).isEmpty();
        problem(api.get(null, "/api/conversations/" + id), 401);
        assertThat(marks(json(api.get(ana, "/api/conversations/" + id)), "lastReadSequence"))
                .containsEntry(bruno.id().toString(), 1L);
    }

    private static Map<String, Long> marks(JsonNode conversation, String mark) {
        var marks = new HashMap<String, Long>();
        conversation
                .get("members")
                .forEach(member -> marks.put(
                        member.get("userId").asString(), member.get(mark).asLong()));
        return marks;
    }

    @Test
    void aConversationIsNotFoundForAStrangerOrAnonymous() {
        var id = api.direct(ana, bruno);

        problem(api.get(dora, "/api/conversations/" + id), 404);
        problem(api.post(dora, "/api/conversations/" + id + "/read", "{\"upToSequence\":0}"), 404);
        problem(api.get(dora, "/api/conversations/not-a-uuid"), 404);
        problem(api.get(null, "/api/conversations/" + id), 401);
        problem(api.get(null, "/api/conversations"), 401);
        assertThat(json(api.get(dora, "/api/conversations")).get("items")).isEmpty();
    }

    @Test
    void aReadMarkCannotGoPastTheNewestMessage() {
        var id = api.direct(ana, bruno);

        problem(api.post(ana, "/api/conversations/" + id + "/read", "{\"upToSequence\":5}"), 400)
                .jsonPath("$.errors[0].field")
                .isEqualTo("upToSequence");
    }

    @Test
    void membersComeAndGoAndOnlyTheCreatorRemovesOthers() {
        var group = UUID.fromString(json(api.post(
                        ana, "/api/conversations/groups", "{\"name\":\"Trip\",\"memberIds\":[\"" + bruno.id() + "\"]}"))
                .get("id")
                .asString());
        api.send(ana, group, "a1", "before Carla");

        json(api.post(bruno, "/api/conversations/" + group + "/members", "{\"userId\":\"" + carla.id() + "\"}"));
        var history = json(api.get(carla, "/api/conversations/" + group + "/messages"))
                .get("items");
        assertThat(history).as("a new member sees what comes after they joined").isEmpty();

        problem(
                api.call(HttpMethod.DELETE, bruno, "/api/conversations/" + group + "/members/" + carla.id(), null),
                409);
        api.call(HttpMethod.DELETE, carla, "/api/conversations/" + group + "/members/" + carla.id(), null)
                .expectStatus()
                .isNoContent();
        problem(api.get(carla, "/api/conversations/" + group), 404);

        var renamed =
                json(api.call(HttpMethod.PATCH, bruno, "/api/conversations/" + group, "{\"name\":\"Lisbon trip\"}"));
        assertThat(renamed.get("name").asString()).isEqualTo("Lisbon trip");
    }

    @Test
    void muteIsMineAlone() {
        var id = api.direct(ana, bruno);

        var muted = json(api.call(HttpMethod.PUT, ana, "/api/conversations/" + id + "/mute", null));

        assertThat(muted.get("muted").asBoolean()).isTrue();
        assertThat(json(api.get(bruno, "/api/conversations/" + id)).get("muted").asBoolean())
                .isFalse();
        problem(api.call(HttpMethod.PUT, dora, "/api/conversations/" + id + "/mute", null), 404);
    }
}
