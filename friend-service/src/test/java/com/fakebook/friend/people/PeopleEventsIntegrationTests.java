package com.fakebook.friend.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fakebook.events.DomainEvent;
import com.fakebook.events.account.AccountDeleted;
import com.fakebook.events.account.AccountEvent;
import com.fakebook.events.account.AccountRegistered;
import com.fakebook.events.friendship.FriendRequestCancelled;
import com.fakebook.events.friendship.FriendshipEnded;
import com.fakebook.events.friendship.FriendshipEvent;
import com.fakebook.events.profile.PrivacySettingsChanged;
import com.fakebook.events.profile.ProfileEvent;
import com.fakebook.events.profile.ProfileUpdated;
import com.fakebook.friend.FriendServiceIntegrationTest;
import com.fakebook.testsupport.kafka.RecordSender;
import com.fakebook.testsupport.kafka.TopicWatcher;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The people read model follows the account and profile topics; a deleted account takes all its ties with it. */
class PeopleEventsIntegrationTests extends FriendServiceIntegrationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

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
    void aSignUpMakesAPersonOthersCanBefriend() {
        var account = UUID.randomUUID();

        publish(AccountRegistered.of(account, "Lia Moura"));

        await().atMost(PATIENCE).until(() -> nameOf(account).isPresent());
        assertThat(nameOf(account)).hasValue("Lia Moura");
        api.sendRequest(ana, account).expectStatus().isCreated();
    }

    @Test
    void aProfileUpdateChangesNameAndAvatarAndMayComeFirst() {
        var account = UUID.randomUUID();

        publish(ProfileUpdated.of(account, "Rui Sá", "https://img.fakebook.test/rui.webp"));
        publish(AccountRegistered.of(account, "Rui"));
        var marker = ProfileUpdated.of(account, "Rui Sá", null);
        publish(marker);

        await().atMost(PATIENCE).until(() -> processed(marker));
        assertThat(nameOf(account)).hasValue("Rui Sá");
        assertThat(db.sql("select avatar_url from people where id = ?")
                        .param(account)
                        .query(String.class)
                        .optional())
                .isEmpty();
    }

    @Test
    void privacySettingsSetTheFriendsListAudienceAndAnUnknownOneHidesTheList() {
        var account = UUID.randomUUID();
        publish(AccountRegistered.of(account, "Sara"));
        await().atMost(PATIENCE).until(() -> nameOf(account).isPresent());
        assertThat(audienceOf(account)).isEqualTo("FRIENDS");

        publish(PrivacySettingsChanged.of(account, PrivacySettingsChanged.PUBLIC));
        await().atMost(PATIENCE).until(() -> audienceOf(account).equals("PUBLIC"));

        publish(PrivacySettingsChanged.of(account, "CLOSE_FRIENDS_ADDED_LATER"));
        await().atMost(PATIENCE).until(() -> audienceOf(account).equals("ONLY_ME"));
    }

    @Test
    void theSameSignUpDeliveredTwiceIsAppliedOnce() {
        var account = UUID.randomUUID();
        var registered = AccountRegistered.of(account, "Tomé");
        publish(registered);
        publish(registered);
        var marker = ProfileUpdated.of(account, "Tomé", null);
        publish(marker);

        await().atMost(PATIENCE).until(() -> processed(marker));
        assertThat(graph.count("select count(*) from processed_events where event_id = ?", registered.id()))
                .isEqualTo(1);
    }

    @Test
    void aDeletedAccountTakesItsFriendshipsRequestsBlocksAndDismissalsWithItWithEvents() {
        var leaver = UUID.randomUUID();
        publish(AccountRegistered.of(leaver, "Ulisses"));
        await().atMost(PATIENCE).until(() -> nameOf(leaver).isPresent());
        graph.friends(leaver, ana.id());
        var request = api.sentRequestId(bruno, leaver);
        graph.block(leaver, carla.id());
        api.delete(dora, "/api/friends/suggestions/" + leaver).expectStatus().isNoContent();

        try (var events = TopicWatcher.watch(FriendshipEvent.TOPIC)) {
            publish(AccountDeleted.of(leaver));

            await().atMost(PATIENCE).until(() -> nameOf(leaver).isEmpty());
            var ended = events.await(
                    TopicWatcher.ofType(FriendshipEnded.TYPE, FriendshipEvent.pairKey(leaver, ana.id())), PATIENCE);
            assertThat(new String(ended.value())).contains("\"endedBy\":\"" + leaver + "\"");
            var cancelled = events.await(
                    TopicWatcher.ofType(FriendRequestCancelled.TYPE, FriendshipEvent.pairKey(leaver, bruno.id())),
                    PATIENCE);
            assertThat(new String(cancelled.value())).contains(request);
        }
        assertThat(graph.count("select count(*) from friendships where user_id = ? or friend_id = ?", leaver, leaver))
                .isZero();
        assertThat(graph.count(
                        "select count(*) from friend_requests where sender_id = ? or recipient_id = ?", leaver, leaver))
                .isZero();
        assertThat(graph.count("select count(*) from blocks where blocker_id = ? or blocked_id = ?", leaver, leaver))
                .isZero();
        assertThat(graph.count("select count(*) from dismissed_suggestions where dismissed_id = ?", leaver))
                .isZero();
        api.get(ana, "/api/friends").expectBody().jsonPath("$.items").isEmpty();
    }

    @Test
    void aProfileUpdateArrivingAfterTheDeletionDoesNotBringThePersonBack() {
        var account = UUID.randomUUID();
        publish(AccountRegistered.of(account, "Vera"));
        var deleted = AccountDeleted.of(account);
        publish(deleted);
        await().atMost(PATIENCE).until(() -> processed(deleted));
        var late = ProfileUpdated.of(account, "Vera", null);

        publish(late);

        await().atMost(PATIENCE).until(() -> processed(late));
        assertThat(nameOf(account)).isEmpty();
    }

    private void publish(DomainEvent event) {
        kafka.send(
                event.topic(),
                event.subject(),
                JSON.writeValueAsString(event),
                Map.of(
                        "ce_type",
                        event.type(),
                        "ce_id",
                        event.id().toString(),
                        "ce_source",
                        event instanceof AccountEvent ? "auth-service" : "user-profile-service"));
        assertThat(event).isInstanceOfAny(AccountEvent.class, ProfileEvent.class);
    }

    private Optional<String> nameOf(UUID person) {
        return db.sql("select display_name from people where id = ?")
                .param(person)
                .query(String.class)
                .optional();
    }

    private String audienceOf(UUID person) {
        return db.sql("select friends_list_audience from people where id = ?")
                .param(person)
                .query(String.class)
                .single();
    }

    private boolean processed(DomainEvent event) {
        return graph.count("select count(*) from processed_events where event_id = ?", event.id()) == 1;
    }
}
