package com.fakebook.profile.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fakebook.events.account.AccountRegistered;
import com.fakebook.events.friendship.FriendRequestAccepted;
import com.fakebook.events.friendship.UserBlocked;
import com.fakebook.profile.relationships.Relationship;
import com.fakebook.profile.relationships.Relationships;
import com.fakebook.testsupport.LocalServers;
import com.fakebook.testsupport.kafka.RecordSender;
import com.fakebook.testsupport.keycloak.AccessTokens;
import com.fakebook.testsupport.keycloak.KeycloakTestUsers;
import com.fakebook.testsupport.keycloak.TestUser;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * People search against PostgreSQL's trigrams, with relationships from friend-service's events: nearest first,
 * typos forgiven, searchability and blocks honoured both ways, paged by cursor.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@LocalServers
class PeopleSearchIntegrationTests {

    static final Duration PATIENCE = Duration.ofSeconds(30);
    static final JsonMapper JSON = JsonMapper.builder().build();
    /** A surname no other test uses, so that the results hold only this test's people. */
    static final String FAMILY = randomWord();
    /** Another surname, for the people of the searchability and paging tests. */
    static final String OTHERS = randomWord();

    static KeycloakTestUsers users;
    static RecordSender kafka;
    static TestUser zed;
    static TestUser blocked;
    static String zedsToken;
    static String blockedsToken;
    static UUID friend = UUID.randomUUID();
    static UUID friendOfFriend = UUID.randomUUID();
    static UUID stranger = UUID.randomUUID();
    static UUID hidden = UUID.randomUUID();
    /** Zed's friend, findable by friends only. */
    static UUID friendOnlyFriendsFind = UUID.randomUUID();
    /** Zed's friend, findable by nobody. */
    static UUID friendNobodyFinds = UUID.randomUUID();
    /** A friend of Zed's friend, findable by friends of friends. */
    static UUID friendOfFriendFriendsOfFriendsFind = UUID.randomUUID();
    /** No relation of Zed's, findable by friends of friends. */
    static UUID strangerFriendsOfFriendsFind = UUID.randomUUID();
    /** A friend of Zed's friend who blocked Zed. */
    static UUID friendOfFriendWhoBlockedZed = UUID.randomUUID();
    /** Three strangers with the same name: the same distance from any query, told apart by id. */
    static List<UUID> twins = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());

    static boolean ready;

    @Value("${local.server.port}")
    int port;

    @Autowired
    Relationships relationships;

    @Autowired
    JdbcClient db;

    @Autowired
    DataSource dataSource;

    RestTestClient client;

    @BeforeAll
    static void people() {
        users = KeycloakTestUsers.connect();
        kafka = new RecordSender();
        zed = users.create();
        blocked = users.create();
        zedsToken = AccessTokens.forUser(zed);
        blockedsToken = AccessTokens.forUser(blocked);
    }

    @AfterAll
    static void removeThem() {
        users.close();
        kafka.close();
    }

    @BeforeEach
    void zedsWorld() {
        client = RestTestClient.bindToServer()
                .baseUrl("http://127.0.0.1:" + port)
                .build();
        if (ready) {
            return;
        }
        register(zed.id(), "Zed " + FAMILY);
        register(friend, "Lima " + FAMILY);
        register(friendOfFriend, "Lisboa " + FAMILY);
        register(stranger, "Lopes " + FAMILY);
        register(hidden, "Hidden " + FAMILY);
        register(blocked.id(), "Blocked " + FAMILY);
        kafka.publish(FriendRequestAccepted.of(UUID.randomUUID(), zed.id(), friend), "friend-service");
        kafka.publish(FriendRequestAccepted.of(UUID.randomUUID(), friend, friendOfFriend), "friend-service");
        kafka.publish(UserBlocked.of(blocked.id(), zed.id()), "friend-service");
        register(friendOnlyFriendsFind, "Ana " + OTHERS);
        register(friendNobodyFinds, "Bea " + OTHERS);
        register(friendOfFriendFriendsOfFriendsFind, "Cid " + OTHERS);
        register(strangerFriendsOfFriendsFind, "Dan " + OTHERS);
        register(friendOfFriendWhoBlockedZed, "Fay " + OTHERS);
        twins.forEach(twin -> register(twin, "Eva " + OTHERS));
        kafka.publish(FriendRequestAccepted.of(UUID.randomUUID(), zed.id(), friendOnlyFriendsFind), "friend-service");
        kafka.publish(FriendRequestAccepted.of(UUID.randomUUID(), friendNobodyFinds, zed.id()), "friend-service");
        kafka.publish(
                FriendRequestAccepted.of(UUID.randomUUID(), friend, friendOfFriendFriendsOfFriendsFind),
                "friend-service");
        kafka.publish(
                FriendRequestAccepted.of(UUID.randomUUID(), friendOfFriendWhoBlockedZed, friend), "friend-service");
        kafka.publish(UserBlocked.of(friendOfFriendWhoBlockedZed, zed.id()), "friend-service");
        await().atMost(PATIENCE).until(() -> relationships.between(zed.id(), blocked.id()) == Relationship.BLOCKED);
        await().atMost(PATIENCE)
                .until(() -> relationships.between(zed.id(), friendOfFriend) == Relationship.FRIEND_OF_FRIEND);
        await().atMost(PATIENCE)
                .until(() -> relationships.between(zed.id(), friendOfFriendWhoBlockedZed) == Relationship.BLOCKED);
        await().atMost(PATIENCE)
                .until(() -> relationships.between(friend, friendOfFriendWhoBlockedZed) == Relationship.FRIEND);
        await().atMost(PATIENCE)
                .until(() -> relationships.between(zed.id(), friendOfFriendFriendsOfFriendsFind)
                        == Relationship.FRIEND_OF_FRIEND);
        await().atMost(PATIENCE).until(() -> relationships.between(zed.id(), friendNobodyFinds) == Relationship.FRIEND);
        await().atMost(PATIENCE)
                .until(() -> relationships.between(zed.id(), friendOnlyFriendsFind) == Relationship.FRIEND);
        var everyone = new ArrayList<>(List.of(
                zed.id(),
                friend,
                friendOfFriend,
                stranger,
                hidden,
                blocked.id(),
                friendOnlyFriendsFind,
                friendNobodyFinds,
                friendOfFriendFriendsOfFriendsFind,
                strangerFriendsOfFriendsFind,
                friendOfFriendWhoBlockedZed));
        everyone.addAll(twins);
        for (var person : everyone) {
            await().atMost(PATIENCE).until(() -> profileExists(person));
        }
        searchableBy(hidden, "FRIENDS");
        searchableBy(friendOnlyFriendsFind, "FRIENDS");
        searchableBy(friendNobodyFinds, "ONLY_ME");
        searchableBy(friendOfFriendFriendsOfFriendsFind, "FRIENDS_OF_FRIENDS");
        searchableBy(strangerFriendsOfFriendsFind, "FRIENDS_OF_FRIENDS");
        ready = true;
    }

    @Test
    void friendsComeFirstThenFriendsOfFriendsThenEveryoneElse() {
        var found = search(zedsToken, FAMILY, null, null);

        assertThat(ids(found))
                .as(() -> whoAre(ids(found)))
                .containsExactly(friend.toString(), friendOfFriend.toString(), stranger.toString());
        assertThat(found.path("people")
                        .valueStream()
                        .map(person -> person.path("relationship").asString()))
                .containsExactly("FRIEND", "FRIEND_OF_FRIEND", "STRANGER");
    }

    @Test
    void someoneFindableOnlyByFriendsAndSomeoneWhoBlockedTheCallerAreNotFound() {
        var found = search(zedsToken, FAMILY, null, null);

        assertThat(ids(found)).doesNotContain(hidden.toString(), blocked.id().toString());
    }

    @Test
    void theBlockedPersonCannotFindTheBlockerEither() {
        var found = search(blockedsToken, "Zed " + FAMILY, null, null);

        assertThat(ids(found)).doesNotContain(zed.id().toString());
    }

    @Test
    void aTypoStillFindsThePerson() {
        var found = search(zedsToken, "Lisbao " + FAMILY, null, null);

        assertThat(ids(found)).contains(friendOfFriend.toString());
    }

    @Test
    void theBeginningOfANameFindsIt() {
        var found = search(zedsToken, "lop", null, null);

        assertThat(ids(found)).contains(stranger.toString());
    }

    @Test
    void pagesFollowEachOtherWithoutRepeatsOrGaps() {
        var first = search(zedsToken, FAMILY, null, 2);
        var second = search(zedsToken, FAMILY, first.path("next").asString(), 2);

        assertThat(ids(first))
                .as(() -> whoAre(ids(first)))
                .containsExactly(friend.toString(), friendOfFriend.toString());
        assertThat(ids(second)).as(() -> whoAre(ids(second))).containsExactly(stranger.toString());
        assertThat(second.has("next")).isFalse();
    }

    @Test
    void eachPersonIsFoundOnlyByThoseTheirSearchabilityAllowsAndNeverAcrossABlock() {
        var found = search(zedsToken, OTHERS, null, 50);

        assertThat(ids(found))
                .contains(friendOnlyFriendsFind.toString(), friendOfFriendFriendsOfFriendsFind.toString())
                .doesNotContain(
                        friendNobodyFinds.toString(),
                        strangerFriendsOfFriendsFind.toString(),
                        friendOfFriendWhoBlockedZed.toString());
    }

    @Test
    void sameNamesAreOrderedById() {
        var found = search(zedsToken, OTHERS, null, 50);

        assertThat(ids(found))
                .containsExactly(
                        friendOnlyFriendsFind.toString(),
                        friendOfFriendFriendsOfFriendsFind.toString(),
                        twins.stream().map(UUID::toString).sorted().toList().get(0),
                        twins.stream().map(UUID::toString).sorted().toList().get(1),
                        twins.stream().map(UUID::toString).sorted().toList().get(2));
    }

    @Test
    void pagesOfOneAddUpToTheWholeListAcrossNearnessAndEqualNames() { // #5
        var whole = ids(search(zedsToken, OTHERS, null, 50));
        var paged = new ArrayList<String>();
        String cursor = null;
        do {
            var page = search(zedsToken, OTHERS, cursor, 1);
            paged.addAll(ids(page));
            cursor = page.has("next") ? page.path("next").asString() : null;
        } while (cursor != null && paged.size() <= whole.size());

        assertThat(paged).hasSize(5).containsExactlyElementsOf(whole);
    }

    @Test
    void aFriendRenamedIsFoundByTheNewNameOnly() { // #5: search reads the friend's name from the friendship row
        var renamed = UUID.randomUUID();
        var before = randomWord();
        var after = randomWord();
        register(renamed, "Rho " + before);
        await().atMost(PATIENCE).until(() -> profileExists(renamed));
        kafka.publish(FriendRequestAccepted.of(UUID.randomUUID(), zed.id(), renamed), "friend-service");
        await().atMost(PATIENCE).until(() -> relationships.between(zed.id(), renamed) == Relationship.FRIEND);

        db.sql("update profiles set display_name = ? where id = ?")
                .param("Rho " + after)
                .param(renamed)
                .update();

        assertThat(ids(search(zedsToken, after, null, null))).containsExactly(renamed.toString());
        assertThat(ids(search(zedsToken, before, null, null))).isEmpty();
    }

    @Test
    void aFriendWhoseProfileCameAfterTheFriendshipIsFound() { // #5: events of two topics arrive in any order
        var late = UUID.randomUUID();
        var name = randomWord();
        kafka.publish(FriendRequestAccepted.of(UUID.randomUUID(), zed.id(), late), "friend-service");
        await().atMost(PATIENCE).until(() -> relationships.between(zed.id(), late) == Relationship.FRIEND);

        register(late, "Sid " + name);
        await().atMost(PATIENCE).until(() -> profileExists(late));

        var found = search(zedsToken, name, null, null);
        assertThat(ids(found)).containsExactly(late.toString());
        assertThat(found.path("people").get(0).path("relationship").asString()).isEqualTo("FRIEND");
    }

    @Test
    void anEmptyQueryOrABadCursorIsRefusedNamingTheParameter() {
        client.get()
                .uri(builder -> builder.path("/api/profiles/search")
                        .queryParam("q", " ")
                        .build())
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + zedsToken)
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("q");
        client.get()
                .uri("/api/profiles/search?q=ana&cursor=bm90LWEtY3Vyc29y")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + zedsToken)
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("cursor");
    }

    @Test
    void aSearchsSettingsHoldForItsStatementAndEndWithIt() throws SQLException { // #5: one round trip, no transaction
        try (var connection = dataSource.getConnection()) {
            var search =
                    new PeopleSearch(new NamedParameterJdbcTemplate(new SingleConnectionDataSource(connection, true)));

            var found = search.find(zed.id(), ("Lisbao " + FAMILY).toLowerCase(), null, 20);

            assertThat(found.people()).extracting(PersonFound::id).contains(friendOfFriend);
            assertThat(settingsChangedOn(connection)).isEmpty();
            assertThat(connection.getAutoCommit()).isTrue();
        }
    }

    @Test
    void anAnonymousCallerGetsA401() {
        client.get().uri("/api/profiles/search?q=ana").exchange().expectStatus().isUnauthorized();
    }

    private JsonNode search(String token, String q, String cursor, Integer limit) {
        var body = client.get()
                .uri(builder -> {
                    builder.path("/api/profiles/search").queryParam("q", q);
                    if (cursor != null) {
                        builder.queryParam("cursor", cursor);
                    }
                    if (limit != null) {
                        builder.queryParam("limit", limit);
                    }
                    return builder.build();
                })
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        return JSON.readTree(body);
    }

    private static List<String> ids(JsonNode found) {
        return found.path("people")
                .valueStream()
                .map(person -> person.path("id").asString())
                .toList();
    }

    /** The settings a search makes that the connection still has, against the values its session began with. */
    private static List<String> settingsChangedOn(Connection connection) throws SQLException {
        var changed = new ArrayList<String>();
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery("""
                        select name, setting from pg_settings
                        where name in ('pg_trgm.word_similarity_threshold', 'jit', 'plan_cache_mode')
                          and setting is distinct from reset_val
                        """)) {
            while (rows.next()) {
                changed.add(rows.getString(1) + " = " + rows.getString(2));
            }
        }
        return changed;
    }

    /**
     * Who the people found are, as the database has them now (name, searchability, relationship to Zed, the
     * test's name for them): a failure says whom the search let through, not only an id.
     */
    private String whoAre(List<String> found) {
        var described = new ArrayList<String>();
        for (var id : found) {
            var person = UUID.fromString(id);
            var row = db.sql("select display_name || ', searchable by ' || searchable_by from profiles where id = ?")
                    .param(person)
                    .query(String.class)
                    .optional()
                    .orElse("no profile");
            described.add(id + " (" + row + ", " + relationships.between(zed.id(), person) + ")");
        }
        return "found " + described + " for Zed " + zed.id() + "; stranger " + stranger + ", hidden " + hidden
                + ", blocked " + blocked.id() + ", friend " + friend + ", friend of friend " + friendOfFriend;
    }

    private void searchableBy(UUID person, String audience) {
        db.sql("update profiles set searchable_by = ? where id = ?")
                .param(audience)
                .param(person)
                .update();
    }

    private boolean profileExists(UUID id) {
        return db.sql("select count(*) from profiles where id = ?")
                        .param(id)
                        .query(Long.class)
                        .single()
                == 1;
    }

    private static void register(UUID id, String name) {
        kafka.publish(AccountRegistered.of(id, name), "auth-service");
    }

    private static String randomWord() {
        var letters = new StringBuilder("Q");
        for (var i = 0; i < 7; i++) {
            letters.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return letters.toString();
    }
}
