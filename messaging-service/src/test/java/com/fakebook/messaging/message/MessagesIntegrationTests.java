package com.fakebook.messaging.message;

import static com.fakebook.messaging.Api.json;
import static com.fakebook.messaging.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fakebook.events.messaging.ConversationRead;
import com.fakebook.events.messaging.MessageSent;
import com.fakebook.events.messaging.MessagingEvent;
import com.fakebook.messaging.MessagingIntegrationTest;
import com.fakebook.testsupport.kafka.TopicWatcher;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.json.JsonMapper;

/** Sending, reading back and changing messages over HTTP, and the events they make. */
class MessagesIntegrationTests extends MessagingIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void messagesAreNumberedGaplesslyAndAResendStoresNothingNew() {
        var id = api.direct(ana, bruno);

        var first = api.send(ana, id, "m-1", "hi");
        var second = api.send(bruno, id, "m-1", "hello");
        var resent = json(
                api.post(ana, "/api/conversations/" + id + "/messages", "{\"clientMessageId\":\"m-1\",\"text\":\"hi\"}")
                        .expectStatus()
                        .isOk());

        assertThat(first.get("sequence").asLong()).isEqualTo(1);
        assertThat(second.get("sequence").asLong())
                .as("client ids are per sender")
                .isEqualTo(2);
        assertThat(resent.get("messageId").asString())
                .isEqualTo(first.get("messageId").asString());
        assertThat(resent.get("duplicate").asBoolean()).isTrue();
        assertThat(json(api.get(ana, "/api/conversations/" + id + "/messages")).get("items"))
                .hasSize(2);
    }

    @Test
    void historyPagesBackwardsAndCatchesUpForwards() {
        var id = api.direct(ana, bruno);
        for (var i = 1; i <= 5; i++) {
            api.send(ana, id, "m" + i, "message " + i);
        }

        var newest = json(api.get(bruno, "/api/conversations/" + id + "/messages?limit=2"));
        var older = json(api.get(bruno, "/api/conversations/" + id + "/messages?before=4&limit=2"));
        var missed = json(api.get(bruno, "/api/conversations/" + id + "/messages?after=3"));

        assertThat(newest.get("items").valueStream().map(m -> m.get("sequence").asLong()))
                .containsExactly(5L, 4L);
        assertThat(newest.get("hasMore").asBoolean()).isTrue();
        assertThat(older.get("items").valueStream().map(m -> m.get("sequence").asLong()))
                .containsExactly(3L, 2L);
        assertThat(missed.get("items").valueStream().map(m -> m.get("text").asString()))
                .containsExactly("message 4", "message 5");
        assertThat(missed.get("hasMore").asBoolean()).isFalse();
    }

    @Test
    void aPageOfHistoryCarriesEachMessagesFields() {
        var id = api.direct(ana, bruno);
        var path = "/api/conversations/" + id + "/messages";
        api.send(ana, id, "first", "hello");
        api.post(bruno, path, "{\"clientMessageId\":\"second\",\"text\":\"hi back\",\"replyTo\":1}")
                .expectStatus()
                .isCreated();

        var items = json(api.get(ana, path)).get("items");
        var reply = items.get(0);
        var first = items.get(1);
        assertThat(reply.get("id").asString()).isNotBlank();
        assertThat(reply.get("conversationId").asString()).isEqualTo(id.toString());
        assertThat(reply.get("sequence").asLong()).isEqualTo(2);
        assertThat(reply.get("senderId").asString()).isEqualTo(bruno.id().toString());
        assertThat(reply.get("clientMessageId").asString()).isEqualTo("second");
        assertThat(reply.get("text").asString()).isEqualTo("hi back");
        assertThat(reply.get("replyTo").asLong()).isEqualTo(1);
        assertThat(reply.get("sentAt").asString()).isNotBlank();
        assertThat(reply.get("editedAt").isNull()).isTrue();
        assertThat(reply.get("unsent").asBoolean()).isFalse();
        assertThat(first.get("senderId").asString()).isEqualTo(ana.id().toString());
        assertThat(first.get("replyTo").isNull()).as("no reply: null, not 0").isTrue();
    }

    @Test
    void textIsCheckedAndKeptAsGiven() {
        var id = api.direct(ana, bruno);
        var path = "/api/conversations/" + id + "/messages";

        problem(api.post(ana, path, "{\"clientMessageId\":\"a\",\"text\":\"   \"}"), 400)
                .jsonPath("$.errors[0].field")
                .isEqualTo("text");
        problem(
                        api.post(
                                ana,
                                path,
                                JSON.writeValueAsString(Map.of("clientMessageId", "b", "text", "x".repeat(4001)))),
                        400)
                .jsonPath("$.errors[0].field")
                .isEqualTo("text");
        problem(api.post(ana, path, "{\"clientMessageId\":\"c\",\"text\":\"nul \\u0000 here\"}"), 400)
                .jsonPath("$.errors[0].field")
                .isEqualTo("text");
        problem(api.post(ana, path, "{\"clientMessageId\":\"no spaces\",\"text\":\"hi\"}"), 400)
                .jsonPath("$.errors[0].field")
                .isEqualTo("clientMessageId");
        problem(api.post(ana, path, "{\"clientMessageId\":\"d\",\"text\":\"hi\",\"replyTo\":9}"), 400)
                .jsonPath("$.errors[0].field")
                .isEqualTo("replyTo");

        var text = "<script>alert(1)</script> 😀 https://example.com " + "é".repeat(10);
        api.send(ana, id, "e", text);
        var emojis = "😀".repeat(4000);
        api.send(ana, id, "f", emojis);
        var items = json(api.get(bruno, path)).get("items");
        assertThat(items.get(1).get("text").asString()).isEqualTo(text);
        assertThat(items.get(0).get("text").asString())
                .as("4,000 emoji are 4,000 characters")
                .isEqualTo(emojis);
    }

    @Test
    void onlyMembersReadOrWriteAndAnEndedFriendshipMakesADirectChatReadOnly() {
        var id = api.direct(ana, bruno);
        api.send(ana, id, "m1", "hi");
        var path = "/api/conversations/" + id + "/messages";

        problem(api.get(dora, path), 404);
        problem(api.post(dora, path, "{\"clientMessageId\":\"x\",\"text\":\"let me in\"}"), 404);
        problem(api.get(null, path), 401);

        graph.unfriend(ana, bruno);
        problem(api.post(bruno, path, "{\"clientMessageId\":\"y\",\"text\":\"still there?\"}"), 409)
                .jsonPath("$.type")
                .isEqualTo("urn:problem-type:fakebook:conversation-read-only");
        problem(api.call(HttpMethod.PATCH, ana, path + "/1", "{\"text\":\"edited after\"}"), 409)
                .jsonPath("$.type")
                .isEqualTo("urn:problem-type:fakebook:conversation-read-only");
        assertThat(json(api.get(bruno, path)).get("items")).hasSize(1);
        assertThat(json(api.get(bruno, "/api/conversations/" + id))
                        .get("readOnly")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void theSenderEditsAndUnsendsTheOthersOnlyHideOrReact() {
        var id = api.direct(ana, bruno);
        api.send(ana, id, "m1", "helo");
        var message = "/api/conversations/" + id + "/messages/1";

        problem(api.call(HttpMethod.PATCH, bruno, message, "{\"text\":\"hacked\"}"), 409);
        var edited = json(api.call(HttpMethod.PATCH, ana, message, "{\"text\":\"hello\"}"));
        assertThat(edited.get("text").asString()).isEqualTo("hello");
        assertThat(edited.get("editedAt").isNull()).isFalse();

        var reacted = json(api.call(HttpMethod.PUT, bruno, message + "/reaction", "{\"emoji\":\"👍🏽\"}"));
        assertThat(reacted.get("reactions").get(0).get("emoji").asString()).isEqualTo("👍🏽");
        problem(api.call(HttpMethod.PUT, bruno, message + "/reaction", "{\"emoji\":\"lol\"}"), 400)
                .jsonPath("$.errors[0].field")
                .isEqualTo("emoji");
        problem(api.call(HttpMethod.PUT, dora, message + "/reaction", "{\"emoji\":\"👍\"}"), 404);

        api.call(HttpMethod.PUT, bruno, message + "/hidden", null)
                .expectStatus()
                .isNoContent();
        assertThat(json(api.get(bruno, "/api/conversations/" + id + "/messages"))
                        .get("items"))
                .isEmpty();
        assertThat(json(api.get(ana, "/api/conversations/" + id + "/messages")).get("items"))
                .hasSize(1);

        problem(api.call(HttpMethod.DELETE, bruno, message, null), 404);
        var unsent = json(api.call(HttpMethod.DELETE, ana, message, null));
        assertThat(unsent.get("unsent").asBoolean()).isTrue();
        assertThat(unsent.get("text").isNull()).isTrue();
        problem(api.call(HttpMethod.PATCH, ana, "/api/conversations/" + id + "/messages/99", "{\"text\":\"x\"}"), 404);
        problem(api.call(HttpMethod.PATCH, ana, "/api/conversations/" + id + "/messages/abc", "{\"text\":\"x\"}"), 404);
    }

    @Test
    void anEditAfterFifteenMinutesIsRefused() {
        var id = api.direct(ana, bruno);
        api.send(ana, id, "m1", "old news");
        db.sql("update messages set sent_at = ? where conversation_id = ?")
                .params(Timestamp.from(Instant.now().minus(Duration.ofMinutes(16))), id)
                .update();

        problem(api.call(HttpMethod.PATCH, ana, "/api/conversations/" + id + "/messages/1", "{\"text\":\"new\"}"), 409)
                .jsonPath("$.type")
                .isEqualTo("urn:problem-type:fakebook:edit-window-over");
    }

    @Test
    void searchFindsWordsAndPrefixesInMyConversationsOnly() {
        var id = api.direct(ana, bruno);
        api.send(ana, id, "m1", "Dinner at the harbour tonight?");
        api.send(bruno, id, "m2", "Sure, harbourside at eight");
        var other = api.direct(bruno, carla);
        api.send(bruno, other, "m3", "harbour secret");

        var found = json(api.get(ana, "/api/conversations/messages/search?q=harb"));

        assertThat(found.get("items").valueStream().map(m -> m.get("text").asString()))
                .containsExactly("Sure, harbourside at eight", "Dinner at the harbour tonight?");
        assertThat(found.get("next").isNull()).isTrue();
        assertThat(json(api.get(dora, "/api/conversations/messages/search?q=harbour"))
                        .get("items"))
                .isEmpty();
    }

    @Test
    void searchGoesOnPageByPageByItsCursor() {
        var id = api.direct(ana, bruno);
        for (var n = 1; n <= 5; n++) {
            api.send(n % 2 == 0 ? bruno : ana, id, "p" + n, "lantern number " + n);
        }

        var first = json(api.get(ana, "/api/conversations/messages/search?q=lantern&size=2"));
        var second = json(api.get(
                ana,
                "/api/conversations/messages/search?q=lantern&size=2&cursor="
                        + first.get("next").asString()));
        var third = json(api.get(
                ana,
                "/api/conversations/messages/search?q=lantern&size=2&cursor="
                        + second.get("next").asString()));

        assertThat(first.get("items").valueStream().map(m -> m.get("text").asString()))
                .containsExactly("lantern number 5", "lantern number 4");
        assertThat(second.get("items").valueStream().map(m -> m.get("text").asString()))
                .containsExactly("lantern number 3", "lantern number 2");
        assertThat(third.get("items").valueStream().map(m -> m.get("text").asString()))
                .containsExactly("lantern number 1");
        assertThat(third.get("next").isNull()).isTrue();
    }

    @Test
    void searchIsRefusedToAnonymous() {
        api.send(ana, api.direct(ana, bruno), "s1", "compass rose");

        problem(api.get(null, "/api/conversations/messages/search?q=compass"), 401);
    }

    @Test
    void aSearchCursorNotGivenOutOrASizeOutOfRangeIsA400NamingIt() {
        problem(api.get(ana, "/api/conversations/messages/search?q=lantern&cursor=bm9wZQ"), 400)
                .jsonPath("$.errors[0].field")
                .isEqualTo("cursor");
        problem(api.get(ana, "/api/conversations/messages/search?q=lantern&size=101"), 400)
                .jsonPath("$.errors[0].field")
                .isEqualTo("size");
    }

    @Test
    void aSendAndAReadAreEventsForNotificationsWithoutTheWholeText() {
        try (var watcher = TopicWatcher.watch(MessagingEvent.TOPIC)) {
            var id = api.direct(ana, bruno);
            var longText = "x".repeat(300);

            api.send(ana, id, "m1", longText);
            api.post(bruno, "/api/conversations/" + id + "/read", "{\"upToSequence\":1}")
                    .expectStatus()
                    .isNoContent();

            var sent = JSON.readValue(
                    watcher.await(TopicWatcher.ofType(MessageSent.TYPE, id.toString()), PATIENCE)
                            .value(),
                    MessageSent.class);
            assertThat(sent.recipients()).containsExactly(bruno.id());
            assertThat(sent.preview()).hasSize(MessageSent.PREVIEW_LENGTH);
            assertThat(sent.sequence()).isEqualTo(1);
            var read = JSON.readValue(
                    watcher.await(TopicWatcher.ofType(ConversationRead.TYPE, id.toString()), PATIENCE)
                            .value(),
                    ConversationRead.class);
            assertThat(read.readerId()).isEqualTo(bruno.id());
            assertThat(read.upToSequence()).isEqualTo(1);
        }
    }

    @Test
    void aMutedConversationTellsNobodyAndCarriesNoPreview() {
        try (var watcher = TopicWatcher.watch(MessagingEvent.TOPIC)) {
            var id = api.direct(ana, bruno);
            api.call(HttpMethod.PUT, bruno, "/api/conversations/" + id + "/mute", null);

            var ack = api.send(ana, id, "m1", "you won't hear of this");

            var sent = JSON.readValue(
                    watcher.await(
                                    record -> TopicWatcher.ofType(MessageSent.TYPE, id.toString())
                                            .test(record),
                                    PATIENCE)
                            .value(),
                    MessageSent.class);
            assertThat(sent.messageId())
                    .isEqualTo(UUID.fromString(ack.get("messageId").asString()));
            assertThat(sent.recipients()).isEmpty();
            assertThat(sent.preview()).isNull();
        }
    }
}
