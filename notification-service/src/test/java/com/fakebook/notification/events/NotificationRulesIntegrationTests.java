package com.fakebook.notification.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fakebook.events.account.AccountDeleted;
import com.fakebook.events.account.AccountVerified;
import com.fakebook.events.friendship.FriendRequestAccepted;
import com.fakebook.events.friendship.FriendRequestCancelled;
import com.fakebook.events.friendship.FriendRequestDeclined;
import com.fakebook.events.friendship.FriendRequestSent;
import com.fakebook.events.friendship.UserBlocked;
import com.fakebook.events.friendship.UserUnblocked;
import com.fakebook.events.messaging.ConversationRead;
import com.fakebook.events.messaging.MessageSent;
import com.fakebook.events.messaging.MessagingEvent;
import com.fakebook.events.profile.ProfileUpdated;
import com.fakebook.notification.NotificationServiceIntegrationTest;
import com.fakebook.testsupport.kafka.RecordSender;
import com.fakebook.testsupport.kafka.TopicWatcher;
import com.fakebook.testsupport.keycloak.TestUser;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Which event tells whom what, as the recipient then reads it in their feed. */
class NotificationRulesIntegrationTests extends NotificationServiceIntegrationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aFriendRequestTellsItsRecipientOnceThoughDeliveredTwice() {
        var request = FriendRequestSent.of(UUID.randomUUID(), bruno.id(), ana.id());

        publish(request);
        publish(request);
        publishAndAwait(UserUnblocked.of(bruno.id(), ana.id())); // after both on the pair's partition

        var items = feedOf(ana);
        assertThat(items).hasSize(1);
        assertThat(items.get(0).path("type").asString()).isEqualTo("FRIEND_REQUEST_RECEIVED");
        assertThat(items.get(0).path("text").asString()).isEqualTo("Bruno Reis sent you a friend request.");
        assertThat(items.get(0).path("actor").path("id").asString())
                .isEqualTo(bruno.id().toString());
        assertThat(items.get(0).path("subjectId").asString())
                .isEqualTo(request.requestId().toString());
        assertThat(api.unreadCount(ana)).isEqualTo(1);
    }

    @Test
    void anAcceptedRequestTellsItsSenderAndLeavesTheRecipientsFeed() {
        var requestId = UUID.randomUUID();
        publishAndAwait(
                FriendRequestSent.of(requestId, bruno.id(), ana.id()),
                FriendRequestAccepted.of(requestId, bruno.id(), ana.id()));

        assertThat(feedOf(ana)).isEmpty();
        var items = feedOf(bruno);
        assertThat(items).hasSize(1);
        assertThat(items.get(0).path("text").asString()).isEqualTo("Ana Lima accepted your friend request.");
    }

    @Test
    void aCancelledOrDeclinedRequestIsNoLongerInTheRecipientsFeed() {
        var cancelled = UUID.randomUUID();
        var declined = UUID.randomUUID();
        publishAndAwait(
                FriendRequestSent.of(cancelled, bruno.id(), ana.id()),
                FriendRequestSent.of(declined, carla.id(), ana.id()));
        assertThat(feedOf(ana)).hasSize(2);

        publishAndAwait(
                FriendRequestCancelled.of(cancelled, bruno.id(), ana.id()),
                FriendRequestDeclined.of(declined, carla.id(), ana.id()));

        assertThat(feedOf(ana)).isEmpty();
        assertThat(feedOf(carla)).as("a declined sender is not told").isEmpty();
        assertThat(api.unreadCount(ana)).isZero();
    }

    @Test
    void messagesOfAConversationCollapseIntoOneNotificationMovedToTheTopAndUnreadAgain() {
        var conversation = UUID.randomUUID();
        var other = UUID.randomUUID();
        publishAndAwait(message(conversation, 1, bruno, "hi"), message(conversation, 2, bruno, "are you there?"));
        publishAndAwait(message(other, 1, carla, "lunch?"));
        var collapsed = feedOf(ana).get(1);
        assertThat(collapsed.path("text").asString()).isEqualTo("Bruno Reis sent you 2 messages.");
        api.post(ana, "/api/notifications/" + collapsed.path("id").asString() + "/read")
                .expectStatus()
                .isNoContent();

        publishAndAwait(message(conversation, 3, bruno, "see you at 8?"));

        var items = feedOf(ana);
        assertThat(items).hasSize(2);
        var top = items.get(0);
        assertThat(top.path("id").asString()).isEqualTo(collapsed.path("id").asString());
        assertThat(top.path("text").asString()).isEqualTo("Bruno Reis sent you 3 messages.");
        assertThat(top.path("count").asInt()).isEqualTo(3);
        assertThat(top.path("preview").asString()).isEqualTo("see you at 8?");
        assertThat(top.path("read").asBoolean()).isFalse();
        assertThat(api.unreadCount(ana)).isEqualTo(2);
    }

    @Test
    void aGroupMessageNamesTheGroupAndTheNewestSender() {
        var group = UUID.randomUUID();
        publishAndAwait(
                MessageSent.of(
                        group, UUID.randomUUID(), 1, bruno.id(), List.of(ana.id(), carla.id()), "hi all", "Book club"),
                MessageSent.of(
                        group, UUID.randomUUID(), 2, carla.id(), List.of(ana.id(), bruno.id()), "hey", "Book club"));

        assertThat(feedOf(ana).get(0).path("text").asString()).isEqualTo("Carla Dias sent 2 messages in Book club.");
        assertThat(feedOf(bruno).get(0).path("text").asString()).isEqualTo("Carla Dias sent a message in Book club.");
        assertThat(feedOf(carla).get(0).path("text").asString()).isEqualTo("Bruno Reis sent a message in Book club.");
    }

    @Test
    void readingAConversationCountsDownItsNotificationAndDeletesItWhenAllIsRead() {
        var conversation = UUID.randomUUID();
        publishAndAwait(
                message(conversation, 1, bruno, "one"),
                message(conversation, 2, bruno, "two"),
                message(conversation, 3, bruno, "three"));

        publishAndAwait(ConversationRead.of(conversation, ana.id(), 2));
        assertThat(feedOf(ana).get(0).path("text").asString()).isEqualTo("Bruno Reis sent you a message.");

        publishAndAwait(ConversationRead.of(conversation, ana.id(), 3));
        assertThat(feedOf(ana)).isEmpty();
        assertThat(api.unreadCount(ana)).isZero();
    }

    @Test
    void aConversationReadBySomeoneElseChangesNothingForTheRecipient() {
        var conversation = UUID.randomUUID();
        publishAndAwait(
                MessageSent.of(conversation, UUID.randomUUID(), 1, bruno.id(), List.of(ana.id(), carla.id()), "x", "G"),
                ConversationRead.of(conversation, carla.id(), 1));

        assertThat(feedOf(ana)).hasSize(1);
        assertThat(feedOf(carla)).isEmpty();
    }

    @Test
    void aBlockTakesEachOutOfTheOthersFeedAndNothingNewComesBetweenThemUntilUnblocked() {
        publishAndAwait(
                FriendRequestSent.of(UUID.randomUUID(), bruno.id(), ana.id()),
                message(UUID.randomUUID(), 1, bruno, "psst"),
                FriendRequestSent.of(UUID.randomUUID(), carla.id(), ana.id()));
        assertThat(feedOf(ana)).hasSize(3);

        publishAndAwait(UserBlocked.of(ana.id(), bruno.id())); // topics are read apart: one, then the other
        publishAndAwait(message(UUID.randomUUID(), 1, bruno, "hello?"));

        assertThat(feedOf(ana))
                .singleElement()
                .satisfies(item -> assertThat(item.path("actor").path("id").asString())
                        .isEqualTo(carla.id().toString()));

        publishAndAwait(UserUnblocked.of(ana.id(), bruno.id()));
        publishAndAwait(message(UUID.randomUUID(), 1, bruno, "sorry"));
        assertThat(feedOf(ana)).hasSize(2);
    }

    @Test
    void aVerifiedAccountIsWelcomedByName() {
        publishAndAwait(AccountVerified.of(ana.id()));

        var items = feedOf(ana);
        assertThat(items).hasSize(1);
        assertThat(items.get(0).path("type").asString()).isEqualTo("WELCOME");
        assertThat(items.get(0).path("text").asString()).isEqualTo("Welcome to Fakebook, Ana Lima!");
    }

    @Test
    void aProfileUpdateChangesHowTheActorIsShownInEveryNotification() {
        publishAndAwait(FriendRequestSent.of(UUID.randomUUID(), bruno.id(), ana.id()));

        publishAndAwait(ProfileUpdated.of(bruno.id(), "Bruno R.", "https://img.fakebook.test/bruno.webp"));

        var actor = feedOf(ana).get(0).path("actor");
        assertThat(actor.path("displayName").asString()).isEqualTo("Bruno R.");
        assertThat(actor.path("avatarUrl").asString()).isEqualTo("https://img.fakebook.test/bruno.webp");
    }

    @Test
    void aDeletedAccountTakesItsFeedAndEveryNotificationAboutItWithIt() {
        var leaver = stranger("Lia Moura");
        publishAndAwait(
                FriendRequestSent.of(UUID.randomUUID(), leaver, ana.id()),
                MessageSent.of(UUID.randomUUID(), UUID.randomUUID(), 1, leaver, List.of(bruno.id()), "hi", null),
                FriendRequestSent.of(UUID.randomUUID(), ana.id(), leaver),
                AccountVerified.of(leaver));
        assertThat(count("select count(*) from notifications where recipient_id = ?", leaver))
                .isEqualTo(2);

        publishAndAwait(AccountDeleted.of(leaver));

        assertThat(feedOf(ana)).isEmpty();
        assertThat(feedOf(bruno)).isEmpty();
        assertThat(count("select count(*) from notifications where recipient_id = ? or actor_id = ?", leaver, leaver))
                .isZero();
        assertThat(count("select count(*) from people where id = ?", leaver)).isZero();

        publishAndAwait(
                ProfileUpdated.of(leaver, "Lia", null), FriendRequestSent.of(UUID.randomUUID(), leaver, ana.id()));
        assertThat(count("select count(*) from people where id = ?", leaver))
                .as("a late event does not bring the person back")
                .isZero();
        assertThat(feedOf(ana)).isEmpty();
    }

    @Test
    void aTypeSwitchedOffMakesNoNewNotificationsAndTheOthersStillCome() {
        api.put(ana, "/api/notifications/preferences", "{\"NEW_MESSAGES\": false}")
                .expectStatus()
                .isOk();

        publishAndAwait(
                message(UUID.randomUUID(), 1, bruno, "hi"),
                FriendRequestSent.of(UUID.randomUUID(), bruno.id(), ana.id()));

        assertThat(feedOf(ana))
                .singleElement()
                .satisfies(item -> assertThat(item.path("type").asString()).isEqualTo("FRIEND_REQUEST_RECEIVED"));
    }

    @Test
    void aMalformedRecordIsDeadLetteredAndTheRecordsAfterItAreApplied() {
        var conversation = UUID.randomUUID();
        try (var deadLetters = TopicWatcher.watch(MessagingEvent.TOPIC + "-dlt");
                var kafka = new RecordSender()) {
            kafka.send(
                    MessagingEvent.TOPIC,
                    conversation.toString(),
                    "{not json",
                    Map.of(
                            "ce_type",
                            MessageSent.TYPE,
                            "ce_id",
                            UUID.randomUUID().toString()));
            kafka.send(
                    MessagingEvent.TOPIC,
                    conversation.toString(),
                    "{\"id\":\"" + UUID.randomUUID() + "\"}",
                    Map.of(
                            "ce_type",
                            "fakebook.messaging.MessageEdited",
                            "ce_id",
                            UUID.randomUUID().toString()));

            publishAndAwait(message(conversation, 1, bruno, "after the poison"));

            assertThat(feedOf(ana)).hasSize(1);
            var dead = deadLetters.await(record -> conversation.toString().equals(record.key()), PATIENCE);
            assertThat(new String(dead.value())).isEqualTo("{not json");
        }
    }

    private MessageSent message(UUID conversation, long sequence, TestUser sender, String text) {
        return MessageSent.of(conversation, UUID.randomUUID(), sequence, sender.id(), List.of(ana.id()), text, null);
    }

    private List<JsonNode> feedOf(TestUser user) {
        var body = api.get(user, "/api/notifications")
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        return JSON.readTree(body).path("items").valueStream().toList();
    }

    private long count(String sql, Object... params) {
        return db.sql(sql).params(params).query(Long.class).single();
    }
}
