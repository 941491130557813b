package com.fakebook.auth.account;

import static com.fakebook.testsupport.kafka.TopicWatcher.header;
import static com.fakebook.testsupport.kafka.TopicWatcher.ofType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fakebook.events.account.AccountEvent;
import com.fakebook.events.account.AccountRegistered;
import com.fakebook.events.account.AccountVerified;
import com.fakebook.testsupport.LocalServers;
import com.fakebook.testsupport.kafka.TopicWatcher;
import com.fakebook.testsupport.keycloak.EmailVerification;
import com.fakebook.testsupport.keycloak.KeycloakTestUsers;
import com.fakebook.testsupport.mail.Mailbox;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.json.JsonMapper;

/** Sign-up against the real Keycloak, PostgreSQL, Redis, Kafka and mail server. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "fakebook.registration.limits.per-address=3",
            "fakebook.registration.limits.per-email=2",
            "fakebook.registration.orphan-after=0s",
            "fakebook.registration.verification-poll-every=1s",
            "fakebook.registration.response-time=" + RegistrationIntegrationTests.RESPONSE_TIME_MILLIS + "ms"
        })
@LocalServers
class RegistrationIntegrationTests {

    static final Duration PATIENCE = Duration.ofSeconds(30);
    static final long RESPONSE_TIME_MILLIS = 800;
    static final JsonMapper JSON = JsonMapper.builder().build();

    static KeycloakTestUsers keycloak;
    static TopicWatcher accountEvents;
    static List<String> signedUp = new ArrayList<>();

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcClient db;

    RestTestClient client;
    String clientAddress;

    @BeforeAll
    static void watch() {
        keycloak = KeycloakTestUsers.connect();
        accountEvents = TopicWatcher.watch(AccountEvent.TOPIC);
    }

    @AfterAll
    static void cleanUp() {
        signedUp.forEach(keycloak::forget);
        keycloak.close();
        accountEvents.close();
    }

    @BeforeEach
    void connect() {
        client = RestTestClient.bindToServer()
                .baseUrl("http://127.0.0.1:" + port)
                .build();
        // A documentation address no other run shares: the limits' counters live in Redis for their window.
        clientAddress =
                "2001:db8::" + Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xffffffffL);
    }

    @Test
    void aNewPersonIsSignedUpAndMailedTheVerificationLink() {
        var email = newEmail();

        signUp(email, "A-good-passphrase", "Ana Lima")
                .expectStatus()
                .isAccepted()
                .expectBody()
                .jsonPath("$.next")
                .isEqualTo("CHECK_YOUR_MAIL");

        var id = keycloak.idOf(email).orElseThrow();
        assertThat(statusOf(id)).hasValue("PENDING_VERIFICATION");
        var event = accountEvents.await(ofType(AccountRegistered.TYPE, id.toString()), PATIENCE);
        assertThat(JSON.readTree(event.value()).path("displayName").asString()).isEqualTo("Ana Lima");
        assertThat(header(event, "ce_source")).isEqualTo("auth-service");
        assertThat(header(event, "ce_id"))
                .isEqualTo(JSON.readTree(event.value()).path("id").asString());
        assertThat(new String(event.value(), StandardCharsets.UTF_8)).doesNotContain(email);
        assertThat(Mailbox.of(email).await("Verify email", PATIENCE).link().toString())
                .startsWith("http://localhost:8180/realms/fakebook/");
    }

    @Test
    void followingTheLinkActivatesTheAccountAndPublishesAccountVerified() {
        var email = newEmail();
        signUp(email, "A-good-passphrase", "Bruno Costa").expectStatus().isAccepted();
        var id = keycloak.idOf(email).orElseThrow();

        var link = Mailbox.of(email).await("Verify email", PATIENCE).link();
        var page = EmailVerification.complete(link);
        assertThat(page.statusCode()).isEqualTo(200);

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(statusOf(id)).hasValue("ACTIVE"));
        accountEvents.await(ofType(AccountVerified.TYPE, id.toString()), PATIENCE);
    }

    @Test
    void aTakenAddressGetsTheSameAnswerAndItsOwnerAMail() {
        var email = newEmail();
        signUp(email, "A-good-passphrase", "Carla Dias").expectStatus().isAccepted();
        var id = keycloak.idOf(email).orElseThrow();

        signUp(email, "Another-passphrase", "Someone Else")
                .expectStatus()
                .isAccepted()
                .expectBody()
                .jsonPath("$.next")
                .isEqualTo("CHECK_YOUR_MAIL");

        Mailbox.of(email).await("Someone tried to sign up", PATIENCE);
        assertThat(keycloak.idOf(email)).hasValue(id);
        assertThat(db.sql("select count(*) from accounts where email = ?")
                        .param(email)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test // #4
    void aTakenAddressIsAnsweredNoSoonerThanAFreeOne() {
        var email = newEmail();
        signUp(email, "A-good-passphrase", "Elisa Nunes").expectStatus().isAccepted();

        var startedAt = System.nanoTime();
        signUp(email, "Another-passphrase", "Someone Else").expectStatus().isAccepted();

        assertThat(Duration.ofNanos(System.nanoTime() - startedAt))
                .isGreaterThanOrEqualTo(Duration.ofMillis(RESPONSE_TIME_MILLIS));
    }

    @Test // #4
    void aPasswordThatIsTheEmailIsRefusedForATakenAddressToo() {
        var email = newEmail();
        signUp(email, "A-good-passphrase", "Fabio Rocha").expectStatus().isAccepted();

        signUp(email, email, "Someone Else")
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("password");
    }

    @Test
    void aPasswordThatIsTheEmailIsRefusedNamingThePassword() {
        var email = newEmail();

        signUp(email, email, "Dora Reis")
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("password");

        assertThat(keycloak.idOf(email)).isEmpty();
        assertThat(db.sql("select count(*) from accounts where email = ?")
                        .param(email)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void invalidFieldsAreEachNamed() {
        signUp("not-an-email", "short", "<b>Eve</b>")
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[*].field")
                .value(fields -> assertThat(fields.toString()).contains("email", "password", "displayName"));
    }

    @Test
    void malformedJsonGetsA400Problem() {
        client.post()
                .uri("/api/auth/registrations")
                .header("Fakebook-Client-Address", clientAddress)
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"email\": ")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void aBodyThatIsNotJsonGetsA415Problem() {
        client.post()
                .uri("/api/auth/registrations")
                .contentType(MediaType.TEXT_PLAIN)
                .body("email=a@b.c")
                .exchange()
                .expectStatus()
                .isEqualTo(415)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void tooManySignUpsForOneAddressGetA429WithRetryAfter() {
        var email = newEmail();
        signUp(email, "A-good-passphrase", "Fabio Luz").expectStatus().isAccepted();
        signUp(email, "A-good-passphrase", "Fabio Luz").expectStatus().isAccepted();

        signUp(email, "A-good-passphrase", "Fabio Luz")
                .expectStatus()
                .isEqualTo(429)
                .expectHeader()
                .exists("Retry-After")
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void tooManySignUpsFromOneClientGetA429() {
        for (var attempt = 0; attempt < 3; attempt++) {
            signUp(newEmail(), "A-good-passphrase", "Gil Mota").expectStatus().isAccepted();
        }

        signUp(newEmail(), "A-good-passphrase", "Gil Mota").expectStatus().isEqualTo(429);
    }

    @Test
    void aSignUpWhoseAccountCannotBeStoredLeavesNoKeycloakUserAndMaySucceedLater() {
        var email = "refused-" + newEmail();
        db.sql("""
                        create or replace function refuse_marked_accounts() returns trigger language plpgsql as $$
                        begin
                          if new.email like 'refused-%' then raise exception 'refused for the test'; end if;
                          return new;
                        end $$""").update();
        db.sql("create trigger refuse_marked_accounts before insert on accounts for each row "
                        + "execute function refuse_marked_accounts()")
                .update();
        try {
            signUp(email, "A-good-passphrase", "Hugo Sa")
                    .expectStatus()
                    .isEqualTo(503)
                    .expectHeader()
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(keycloak.idOf(email)).as("no orphan left in Keycloak").isEmpty();
        } finally {
            db.sql("drop trigger refuse_marked_accounts on accounts").update();
        }

        signUp(email, "A-good-passphrase", "Hugo Sa").expectStatus().isAccepted();
        assertThat(statusOf(keycloak.idOf(email).orElseThrow())).hasValue("PENDING_VERIFICATION");
    }

    @Test
    void aSignUpLeftHalfwayInKeycloakIsCompletedByTheNextAttempt() {
        var email = newEmail();
        var orphan = keycloak.create(email, "Left-behind-passphrase", false);

        signUp(email, "A-good-passphrase", "Ines Vaz").expectStatus().isAccepted();

        var id = keycloak.idOf(email).orElseThrow();
        assertThat(id).isNotEqualTo(orphan.id());
        assertThat(statusOf(id)).hasValue("PENDING_VERIFICATION");
    }

    @Test
    void theVerificationMailCanBeAskedForAgain() {
        var email = newEmail();
        signUp(email, "A-good-passphrase", "Joana Paz").expectStatus().isAccepted();
        Mailbox.of(email).await("Verify email", PATIENCE);

        client.post()
                .uri("/api/auth/registrations/verification-mail")
                .header("Fakebook-Client-Address", clientAddress)
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"email\": \"" + email + "\"}")
                .exchange()
                .expectStatus()
                .isAccepted();

        Mailbox.of(email).awaitMail(mail -> Mailbox.of(email).mails().size() >= 2, PATIENCE);
    }

    @Test
    void askingForAVerificationMailForAnUnknownAddressLooksTheSame() {
        client.post()
                .uri("/api/auth/registrations/verification-mail")
                .header("Fakebook-Client-Address", clientAddress)
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"email\": \"" + newEmail() + "\"}")
                .exchange()
                .expectStatus()
                .isAccepted()
                .expectBody()
                .jsonPath("$.next")
                .isEqualTo("CHECK_YOUR_MAIL");
    }

    private RestTestClient.ResponseSpec signUp(String email, String password, String displayName) {
        return client.post()
                .uri("/api/auth/registrations")
                .header("Fakebook-Client-Address", clientAddress)
                .contentType(MediaType.APPLICATION_JSON)
                .body("""
                        {"email": "%s", "password": "%s", "displayName": "%s"}""".formatted(email, password, displayName))
                .exchange();
    }

    private Optional<String> statusOf(UUID id) {
        return db.sql("select status from accounts where id = ?")
                .param(id)
                .query(String.class)
                .optional();
    }

    private static String newEmail() {
        var email = KeycloakTestUsers.newEmail();
        signedUp.add(email);
        return email;
    }
}
