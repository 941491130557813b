package com.fakebook.notification.events;

import static com.fakebook.testsupport.sse.EventStream.named;
import static org.assertj.core.api.Assertions.assertThat;

import com.fakebook.events.account.AccountDeleted;
import com.fakebook.events.friendship.FriendRequestAccepted;
import com.fakebook.events.friendship.FriendshipEnded;
import com.fakebook.events.friendship.UserBlocked;
import com.fakebook.events.friendship.UserUnblocked;
import com.fakebook.events.profile.ProfileUpdated;
import com.fakebook.notification.Logins;
import com.fakebook.notification.NotificationServiceIntegrationTest;
import com.fakebook.testsupport.keycloak.TestUser;
import com.fakebook.testsupport.sse.EventStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * "A friend changed their profile picture": off until a person switches it on, told to friends only, one notification
 * per friend brought up again by the next new avatar, gone with a block or the friend's account.
 */
class FriendAvatarIntegrationTests extends NotificationServiceIntegrationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final String TYPE = "FRIEND_AVATAR_CHANGED";
    static final String FIRST = "/api/profiles/b/avatar/first.webp";
    static final String SECOND = "/api/profiles/b/avatar/second.webp";

    @Test
    void aFriendsNewAvatarTellsNoOneWhoHasNotSwitchedItOn() {
        befriend(bruno, ana);

        publishAndAwait(avatar(bruno, FIRST));

        assertThat(avatarNotificationsOf(ana)).isEmpty();
        assertThat(storedAbout(bruno)).isZero();
    }

    @Test
    void aFriendsNewAvatarTellsEachFriendWhoSwitchedItOnOnceLiveAndCounted() {
        befriend(bruno, ana);
        befriend(bruno, carla);
        switchOn(ana);
        try (var stream = open(ana)) {
            stream.await(named("unread-count"), PATIENCE);

            publishAndAwait(avatar(bruno, FIRST));

            var told = stream.await(named("notification"), PATIENCE);
            assertThat(JSON.readTree(told.data()).path("type").asString()).isEqualTo(TYPE);
        }
        var items = avatarNotificationsOf(ana);
        assertThat(items).hasSize(1);
        var item = items.get(0);
        assertThat(item.path("text").asString()).isEqualTo("Bruno Reis changed their profile picture.");
        assertThat(item.path("actor").path("id").asString())
                .isEqualTo(bruno.id().toString());
        assertThat(item.path("actor").path("avatarUrl").asString()).isEqualTo(FIRST);
        assertThat(item.path("subjectId").asString()).isEqualTo(bruno.id().toString());
        assertThat(item.path("read").asBoolean()).isFalse();
        assertThat(api.unreadCount(ana)).isEqualTo(1);
        assertThat(avatarNotificationsOf(carla))
                .as("Carla did not switch it on")
                .isEmpty();
    }

    @Test
    void theSameEventDeliveredTwiceTellsOnce() {
        befriend(bruno, ana);
        switchOn(ana);
        var changed = avatar(bruno, FIRST);

        publish(changed);
        publish(changed);
        publishAndAwait(ProfileUpdated.of(bruno.id(), "Bruno Reis", FIRST)); // after both on Bruno's partition

        assertThat(avatarNotificationsOf(ana)).hasSize(1);
        assertThat(toldOnStream(ana)).as("told on the stream once").isEqualTo(1);
    }

    @Test
    void aSecondNewAvatarBringsTheSameNotificationUpAgainUnread() {
        befriend(bruno, ana);
        befriend(carla, ana);
        switchOn(ana);
        publishAndAwait(avatar(bruno, FIRST));
        publishAndAwait(avatar(carla, FIRST));
        var first = avatarNotificationsOf(ana).get(1);
        assertThat(first.path("actor").path("id").asString())
                .isEqualTo(bruno.id().toString());
        api.post(ana, "/api/notifications/" + first.path("id").asString() + "/read")
                .expectStatus()
                .isNoContent();

        publishAndAwait(avatar(bruno, SECOND));

        var items = avatarNotificationsOf(ana);
        assertThat(items).hasSize(2);
        var top = items.get(0);
        assertThat(top.path("id").asString()).isEqualTo(first.path("id").asString());
        assertThat(top.path("actor").path("avatarUrl").asString()).isEqualTo(SECOND);
        assertThat(top.path("read").asBoolean()).isFalse();
        assertThat(Instant.parse(top.path("updatedAt").asString()))
                .isAfter(Instant.parse(first.path("updatedAt").asString()));
        assertThat(api.unreadCount(ana)).isEqualTo(2);
    }

    @Test
    void theSameAvatarAgainOrNoneAtAllIsNotNews() {
        befriend(bruno, ana);
        switchOn(ana);
        publishAndAwait(avatar(bruno, FIRST));
        api.post(ana, "/api/notifications/read-all").expectStatus().isNoContent();

        publishAndAwait(
                ProfileUpdated.of(bruno.id(), "Bruno R.", FIRST), ProfileUpdated.of(bruno.id(), "Bruno R.", null));

        assertThat(avatarNotificationsOf(ana))
                .singleElement()
                .satisfies(item -> assertThat(item.path("read").asBoolean()).isTrue());
        assertThat(api.unreadCount(ana)).isZero();
    }

    @Test
    void someoneWhoIsNoFriendIsNotTold() {
        switchOn(carla);

        publishAndAwait(avatar(bruno, FIRST));

        assertThat(avatarNotificationsOf(carla)).isEmpty();
    }

    @Test
    void aFriendNoMoreIsNotTold() {
        befriend(bruno, ana);
        switchOn(ana);
        publishAndAwait(FriendshipEnded.of(ana.id(), bruno.id()));

        publishAndAwait(avatar(bruno, FIRST));

        assertThat(avatarNotificationsOf(ana)).isEmpty();
    }

    @Test
    void aBlockTakesTheNotificationAwayAndEndsTheFriendship() {
        befriend(bruno, ana);
        switchOn(ana);
        publishAndAwait(avatar(bruno, FIRST));
        assertThat(avatarNotificationsOf(ana)).hasSize(1);

        publishAndAwait(UserBlocked.of(ana.id(), bruno.id()));
        assertThat(avatarNotificationsOf(ana)).isEmpty();
        publishAndAwait(UserUnblocked.of(ana.id(), bruno.id()));
        publishAndAwait(avatar(bruno, SECOND));

        assertThat(avatarNotificationsOf(ana))
                .as("no longer friends after the block")
                .isEmpty();
    }

    @Test
    void aDeletedFriendsNotificationGoesWithTheirAccount() {
        var lia = stranger("Lia Moura");
        publishAndAwait(FriendRequestAccepted.of(UUID.randomUUID(), ana.id(), lia));
        switchOn(ana);
        publishAndAwait(avatar(lia, FIRST));
        assertThat(avatarNotificationsOf(ana)).hasSize(1);

        publishAndAwait(AccountDeleted.of(lia));

        assertThat(avatarNotificationsOf(ana)).isEmpty();
        assertThat(db.sql("select count(*) from friends where user_id = :id or friend_id = :id")
                        .param("id", lia)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    /** The two become friends as friend-service says so: {@code sender}'s request accepted by {@code recipient}. */
    private void befriend(TestUser sender, TestUser recipient) {
        publishAndAwait(FriendRequestAccepted.of(UUID.randomUUID(), sender.id(), recipient.id()));
    }

    private void switchOn(TestUser user) {
        api.put(user, "/api/notifications/preferences", "{\"" + TYPE + "\": true}")
                .expectStatus()
                .isOk();
    }

    /** The person now shows this avatar, under the name the tests know them by. */
    private static ProfileUpdated avatar(TestUser user, String url) {
        return ProfileUpdated.of(user.id(), user == bruno ? "Bruno Reis" : "Carla Dias", url);
    }

    private static ProfileUpdated avatar(UUID person, String url) {
        return ProfileUpdated.of(person, "Lia Moura", url);
    }

    private List<JsonNode> avatarNotificationsOf(TestUser user) {
        var body = api.get(user, "/api/notifications")
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        return JSON.readTree(body)
                .path("items")
                .valueStream()
                .filter(item -> item.path("type").asString().equals(TYPE))
                .toList();
    }

    private long storedAbout(TestUser actor) {
        return db.sql("select count(*) from notifications where type = ? and actor_id = ?")
                .params(TYPE, actor.id())
                .query(Long.class)
                .single();
    }

    /** How many times the user's stream said a notification of this type was made or changed. */
    private long toldOnStream(TestUser user) {
        return db.sql("""
                        select count(*) from stream_events
                        where user_id = ? and event = 'notification' and data like ?""")
                .params(user.id(), "%\"" + TYPE + "\"%")
                .query(Long.class)
                .single();
    }

    private EventStream open(TestUser user) {
        return EventStream.open(
                HTTP,
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/notifications/stream"))
                        .header("Authorization", "Bearer " + Logins.token(user))
                        .header("Accept", "text/event-stream")
                        .build());
    }
}
