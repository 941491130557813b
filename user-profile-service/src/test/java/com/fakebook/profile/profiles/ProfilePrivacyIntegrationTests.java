package com.fakebook.profile.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fakebook.events.friendship.FriendRequestAccepted;
import com.fakebook.events.friendship.UserBlocked;
import com.fakebook.events.profile.PrivacySettingsChanged;
import com.fakebook.events.profile.ProfileEvent;
import com.fakebook.events.profile.ProfileUpdated;
import com.fakebook.profile.relationships.Relationship;
import com.fakebook.profile.relationships.Relationships;
import com.fakebook.testsupport.LocalServers;
import com.fakebook.testsupport.kafka.RecordSender;
import com.fakebook.testsupport.kafka.TopicWatcher;
import com.fakebook.testsupport.keycloak.AccessTokens;
import com.fakebook.testsupport.keycloak.KeycloakTestUsers;
import com.fakebook.testsupport.keycloak.TestUser;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who sees which part of a profile, against PostgreSQL, Kafka and real Keycloak logins. Ana's circle: Bruno is her
 * friend, Carla is Bruno's friend (a friend of a friend), Dora is a stranger, Eva is blocked by Ana. The
 * friendships and the block arrive as friend-service's events on Kafka.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@LocalServers
class ProfilePrivacyIntegrationTests {

    static final Duration PATIENCE = Duration.ofSeconds(30);
    static final JsonMapper JSON = JsonMapper.builder().build();

    static KeycloakTestUsers users;
    static RecordSender kafka;
    static TestUser ana;
    static TestUser bruno;
    static TestUser carla;
    static TestUser dora;
    static TestUser eva;
    static Map<TestUser, String> tokens;
    static boolean circleReady;

    @Value("${local.server.port}")
    int port;

    @Autowired
    Profiles profiles;

    @Autowired
    Relationships relationships;

    @Autowired
    TransactionTemplate transaction;

    RestTestClient client;

    @BeforeAll
    static void fivePeople() {
        users = KeycloakTestUsers.connect();
        kafka = new RecordSender();
        ana = users.create();
        bruno = users.create();
        carla = users.create();
        dora = users.create();
        eva = users.create();
        tokens = Map.of(
                ana, AccessTokens.forUser(ana),
                bruno, AccessTokens.forUser(bruno),
                carla, AccessTokens.forUser(carla),
                dora, AccessTokens.forUser(dora),
                eva, AccessTokens.forUser(eva));
    }

    @AfterAll
    static void removeThem() {
        users.close();
        kafka.close();
    }

    @BeforeEach
    void anasCircle() {
        client = RestTestClient.bindToServer()
                .baseUrl("http://127.0.0.1:" + port)
                .build();
        if (circleReady) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            profiles.save(filledIn(ana, "Ana Lima"));
            profiles.save(Profile.forNewAccount(bruno.id(), "Bruno Costa", Instant.now()));
            profiles.save(Profile.forNewAccount(carla.id(), "Carla Dias", Instant.now()));
            profiles.save(Profile.forNewAccount(dora.id(), "Dora Reis", Instant.now()));
            profiles.save(Profile.forNewAccount(eva.id(), "Eva Nunes", Instant.now()));
        });
        kafka.publish(FriendRequestAccepted.of(UUID.randomUUID(), ana.id(), bruno.id()), "friend-service");
        kafka.publish(FriendRequestAccepted.of(UUID.randomUUID(), bruno.id(), carla.id()), "friend-service");
        kafka.publish(UserBlocked.of(ana.id(), eva.id()), "friend-service");
        await().atMost(PATIENCE).until(() -> relationships.between(eva.id(), ana.id()) == Relationship.BLOCKED);
        await().atMost(PATIENCE)
                .until(() -> relationships.between(carla.id(), ana.id()) == Relationship.FRIEND_OF_FRIEND);
        circleReady = true;
    }

    @Test
    void theOwnerSeesEveryPartAndTheVersion() {
        get("/api/profiles/me", ana)
                .expectStatus()
                .isOk()
                .expectHeader()
                .exists(HttpHeaders.ETAG)
                .expectBody()
                .jsonPath("$.bio")
                .isEqualTo("Hello")
                .jsonPath("$.birthday")
                .isEqualTo("1990-05-17")
                .jsonPath("$.hometown")
                .isEqualTo("Porto")
                .jsonPath("$.phone")
                .isEqualTo("+351 912 345 678");
    }

    @Test
    void aFriendSeesWhatFriendsMayButNotThePhone() {
        get("/api/profiles/" + ana.id(), bruno)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.displayName")
                .isEqualTo("Ana Lima")
                .jsonPath("$.birthday")
                .isEqualTo("1990-05-17")
                .jsonPath("$.hometown")
                .isEqualTo("Porto")
                .jsonPath("$.phone")
                .doesNotExist();
    }

    @Test
    void aFriendOfAFriendSeesTheirPartsButNotTheBirthday() {
        get("/api/profiles/" + ana.id(), carla)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.hometown")
                .isEqualTo("Porto")
                .jsonPath("$.bio")
                .isEqualTo("Hello")
                .jsonPath("$.birthday")
                .doesNotExist()
                .jsonPath("$.phone")
                .doesNotExist();
    }

    @Test
    void aStrangerSeesOnlyThePublicPartsAndNoHintOfTheOthers() {
        var body = get("/api/profiles/" + ana.id(), dora)
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();

        assertThat(JSON.readTree(body).propertyNames())
                .containsExactlyInAnyOrder("id", "displayName", "bio", "website");
    }

    @Test
    void aBlockedPersonFindsNoProfileAtAll() {
        get("/api/profiles/" + ana.id(), eva)
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void theBlockerDoesNotSeeTheBlockedPersonEither() {
        get("/api/profiles/" + eva.id(), ana).expectStatus().isNotFound();
    }

    @Test
    void anUnknownOrMalformedIdIsNotFound() {
        get("/api/profiles/" + UUID.randomUUID(), dora).expectStatus().isNotFound();
        get("/api/profiles/not-an-id", dora).expectStatus().isNotFound();
    }

    @Test
    void anAnonymousCallerGetsA401Problem() {
        client.get()
                .uri("/api/profiles/" + ana.id())
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void theOwnerSeesTheirProfileAsAStrangerAndAsAFriendWould() {
        get("/api/profiles/me/view-as", ana)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.bio")
                .isEqualTo("Hello")
                .jsonPath("$.hometown")
                .doesNotExist();
        get("/api/profiles/me/view-as?viewer=" + bruno.id(), ana)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.birthday")
                .isEqualTo("1990-05-17")
                .jsonPath("$.phone")
                .doesNotExist();
    }

    @Test
    void narrowingAnAudienceHidesThePartFromFriends() {
        var dorasOwn = freshPerson("Dora Before");
        var settings = PrivacySettings.CAREFUL;
        client.put()
                .uri("/api/profiles/me/privacy")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + dorasOwn.token())
                .contentType(MediaType.APPLICATION_JSON)
                .body(JSON.writeValueAsString(new PrivacySettings(
                        Audience.ONLY_ME,
                        settings.birthday(),
                        settings.pronouns(),
                        settings.hometown(),
                        settings.currentCity(),
                        settings.work(),
                        settings.education(),
                        settings.relationshipStatus(),
                        settings.website(),
                        settings.phone(),
                        Audience.ONLY_ME,
                        settings.searchableBy())))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.bio")
                .isEqualTo("ONLY_ME");

        get("/api/profiles/me/view-as", dorasOwn.user())
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.bio")
                .doesNotExist();
    }

    @Test
    void changingWhoSeesTheFriendsListIsPublished() {
        var person = freshPerson("Fabio Rocha");
        var body = JSON.createObjectNode();
        JSON.valueToTree(PrivacySettings.CAREFUL)
                .properties()
                .forEach(field -> body.set(field.getKey(), field.getValue()));
        body.put("friendsList", "PUBLIC");

        try (var profileEvents = TopicWatcher.watch(ProfileEvent.TOPIC)) {
            putPrivacy(person, body.toString()).expectStatus().isOk();

            var event = profileEvents.await(
                    TopicWatcher.ofType(
                            PrivacySettingsChanged.TYPE, person.user().id().toString()),
                    PATIENCE);
            assertThat(JSON.readTree(event.value()).path("friendsList").asString())
                    .isEqualTo("PUBLIC");
        }
    }

    @Test
    void anAudienceThatDoesNotExistIsRefusedNamingTheField() {
        var person = freshPerson("Gil Sousa");
        var body = JSON.valueToTree(PrivacySettings.CAREFUL);
        ((tools.jackson.databind.node.ObjectNode) body).put("phone", "EVERYONE_I_MET");

        putPrivacy(person, body.toString())
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("phone");
    }

    @Test
    void aPrivacyFieldThatDoesNotExistIsRefusedNamingIt() {
        var person = freshPerson("Hugo Pinto");
        var body = JSON.valueToTree(PrivacySettings.CAREFUL);
        ((tools.jackson.databind.node.ObjectNode) body).put("shoeSize", "PUBLIC");

        putPrivacy(person, body.toString())
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("shoeSize");
    }

    @Test
    void anEditNamesTheVersionItWasMadeOnAndARenameIsPublished() {
        var person = freshPerson("Ines Moura");
        var etag = etagOf(person.user());

        try (var profileEvents = TopicWatcher.watch(ProfileEvent.TOPIC)) {
            patch(person, etag, "{\"displayName\": \"Ines Moura Silva\", \"bio\": \"Runner\"}")
                    .expectStatus()
                    .isOk()
                    .expectBody()
                    .jsonPath("$.displayName")
                    .isEqualTo("Ines Moura Silva")
                    .jsonPath("$.bio")
                    .isEqualTo("Runner");

            var event = profileEvents.await(
                    TopicWatcher.ofType(ProfileUpdated.TYPE, person.user().id().toString()), PATIENCE);
            assertThat(JSON.readTree(event.value()).path("displayName").asString())
                    .isEqualTo("Ines Moura Silva");
        }
        assertThat(etagOf(person.user())).isNotEqualTo(etag);
    }

    @Test
    void aMergePatchNullEmptiesAPartAndLeavesTheOthers() {
        var person = freshPerson("Joana Vaz");
        patch(person, etagOf(person.user()), "{\"bio\": \"Hi\", \"work\": \"Baker\"}")
                .expectStatus()
                .isOk();

        patch(person, etagOf(person.user()), "{\"bio\": null}")
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.bio")
                .doesNotExist()
                .jsonPath("$.work")
                .isEqualTo("Baker");
    }

    @Test
    void anEditWithoutTheVersionIsRefusedAndAStaleOneTooSoNothingIsOverwritten() {
        var person = freshPerson("Luis Prata");
        var stale = etagOf(person.user());
        patch(person, stale, "{\"bio\": \"First\"}").expectStatus().isOk();

        patch(person, null, "{\"bio\": \"No version\"}").expectStatus().isEqualTo(428);
        patch(person, stale, "{\"bio\": \"Second\"}")
                .expectStatus()
                .isEqualTo(412)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);

        get("/api/profiles/me", person.user()).expectBody().jsonPath("$.bio").isEqualTo("First");
    }

    @Test
    void invalidPartsAreEachNamedAndNothingIsChanged() {
        var person = freshPerson("Marta Gil");

        patch(
                        person,
                        etagOf(person.user()),
                        "{\"website\": \"javascript:alert(1)\", \"birthday\": \"2999-01-01\", \"bio\": \"Kept?\"}")
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("birthday")
                .jsonPath("$.errors[1].field")
                .isEqualTo("website");

        get("/api/profiles/me", person.user()).expectBody().jsonPath("$.bio").doesNotExist();
    }

    @Test // #5
    void aNameMadeBeforeTheRulesDoesNotBlockAnEditOfAnotherPart() {
        var user = users.create();
        transaction.executeWithoutResult(
                status -> profiles.save(Profile.forNewAccount(user.id(), "pw-1234 from an address", Instant.now())));
        var person = new Person(user, AccessTokens.forUser(user));

        patch(person, etagOf(user), "{\"bio\": \"Hello\"}").expectStatus().isOk();
        patch(person, etagOf(user), "{\"displayName\": \"pw-1234\"}")
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("displayName");
    }

    @Test
    void aFieldAProfileDoesNotHaveIsRefusedNamingIt() {
        var person = freshPerson("Nuno Reis");

        patch(person, etagOf(person.user()), "{\"isAdmin\": true}")
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("isAdmin");
    }

    private static Profile filledIn(TestUser user, String name) {
        var profile = Profile.forNewAccount(user.id(), name, Instant.now());
        profile.edit(new EditableProfile(
                name,
                "Hello",
                LocalDate.of(1990, 5, 17),
                "she/her",
                "Porto",
                "Lisbon",
                "Nurse",
                "Universidade do Porto",
                RelationshipStatus.SINGLE,
                "https://ana.example",
                "+351 912 345 678"));
        return profile;
    }

    /** A person with a profile of their own, for a test that changes it. */
    private Person freshPerson(String name) {
        var user = users.create();
        transaction.executeWithoutResult(
                status -> profiles.save(Profile.forNewAccount(user.id(), name, Instant.now())));
        return new Person(user, AccessTokens.forUser(user));
    }

    private String etagOf(TestUser user) {
        return client.get()
                .uri("/api/profiles/me")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + tokenOf(user))
                .exchange()
                .returnResult(String.class)
                .getResponseHeaders()
                .getETag();
    }

    private String tokenOf(TestUser user) {
        return tokens.containsKey(user) ? tokens.get(user) : AccessTokens.forUser(user);
    }

    private RestTestClient.ResponseSpec get(String path, TestUser caller) {
        return client.get()
                .uri(path)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + tokenOf(caller))
                .exchange();
    }

    private RestTestClient.ResponseSpec patch(Person person, String etag, String json) {
        var request = client.patch()
                .uri("/api/profiles/me")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + person.token())
                .contentType(MediaType.valueOf("application/merge-patch+json"));
        if (etag != null) {
            request = request.header(HttpHeaders.IF_MATCH, etag);
        }
        return request.body(json).exchange();
    }

    private RestTestClient.ResponseSpec putPrivacy(Person person, String json) {
        return client.put()
                .uri("/api/profiles/me/privacy")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + person.token())
                .contentType(MediaType.APPLICATION_JSON)
                .body(json)
                .exchange();
    }

    record Person(TestUser user, String token) {}
}
