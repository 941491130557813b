package com.fakebook.messaging.people;

import static com.fakebook.messaging.Api.json;
import static com.fakebook.messaging.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fakebook.events.account.AccountDeleted;
import com.fakebook.events.friendship.FriendRequestAccepted;
import com.fakebook.events.friendship.FriendshipEnded;
import com.fakebook.events.friendship.UserBlocked;
import com.fakebook.events.profile.ProfileUpdated;
import com.fakebook.messaging.MessagingIntegrationTest;
import com.fakebook.testsupport.kafka.RecordSender;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The read models follow the account, profile and friendship topics, and chat follows them. */
class PeopleEventsIntegrationTests extends MessagingIntegrationTest {

    static RecordSender kafka;

    @BeforeAll
    static void connect() {
        kafka = new RecordSender();
    }

    @AfterAll
    static void disconnect() {
        kafka.close();
    }

    @Test
    void newFriendsCanChatAndAnEndedFriendshipMakesTheChatReadOnly() {
        kafka.publish(FriendRequestAccepted.of(UUID.randomUUID(), dora.id(), ana.id()), "friend-service");
        await().atMost(PATIENCE)
                .untilAsserted(() -> api.post(ana, "/api/conversations/direct", "{\"userId\":\"" + dora.id() + "\"}")
                        .expectStatus()
                        .is2xxSuccessful());
        var id = api.direct(ana, dora);
        api.send(dora, id, "d1", "hi Ana");

        kafka.publish(FriendshipEnded.of(ana.id(), dora.id()), "friend-service");

        await().atMost(PATIENCE)
                .until(() -> json(api.get(dora, "/api/conversations/" + id))
                        .get("readOnly")
                        .asBoolean());
        problem(
                api.post(dora, "/api/conversations/" + id + "/messages", "{\"clientMessageId\":\"d2\",\"text\":\"?\"}"),
                409);
    }

    @Test
    void aBlockEndsTheChatBothWays() {
        var id = api.direct(ana, bruno);

        kafka.publish(UserBlocked.of(bruno.id(), ana.id()), "friend-service");

        await().atMost(PATIENCE)
                .until(() -> json(api.get(ana, "/api/conversations/" + id))
                        .get("readOnly")
                        .asBoolean());
        problem(
                api.post(ana, "/api/conversations/" + id + "/messages", "{\"clientMessageId\":\"a1\",\"text\":\"?\"}"),
                409);
        problem(api.post(ana, "/api/conversations/direct", "{\"userId\":\"" + bruno.id() + "\"}"), 404);
    }

    @Test
    void namesFollowProfiles() {
        var id = api.direct(ana, bruno);

        kafka.publish(
                ProfileUpdated.of(bruno.id(), "Bruno Costa", "/api/profiles/x/avatar/160.jpg"), "user-profile-service");

        await().atMost(PATIENCE)
                .until(
                        () -> json(api.get(ana, "/api/conversations/" + id))
                                .get("name")
                                .asString(),
                        "Bruno Costa"::equals);
    }

    @Test
    void aDeletedAccountLeavesItsConversationsAndItsWordsAreErased() {
        var person = UUID.randomUUID();
        db.sql("insert into people (id, display_name) values (?, 'Gone Soon')")
                .param(person)
                .update();
        var id = api.direct(ana, bruno);
        db.sql("insert into conversation_members (conversation_id, user_id, joined_at) values (?, ?, now())")
                .params(id, person)
                .update();
        db.sql("""
                        insert into messages (id, conversation_id, sequence, sender_id, client_message_id, body, sent_at)
                        values (?, ?, 1, ?, 'g1', 'my secret', now())""").params(UUID.randomUUID(), id, person).update();
        db.sql("update conversations set last_sequence = 1 where id = ?")
                .param(id)
                .update();

        kafka.publish(AccountDeleted.of(person), "auth-service");

        await().atMost(PATIENCE)
                .until(() -> db.sql("select count(*) from conversation_members where user_id = ?")
                                .param(person)
                                .query(Long.class)
                                .single()
                        == 0);
        var history =
                json(api.get(ana, "/api/conversations/" + id + "/messages")).get("items");
        assertThat(history.get(0).get("text").isNull()).isTrue();
        assertThat(history.get(0).get("unsent").asBoolean()).isTrue();
    }
}
