package com.fakebook.auth.realm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fakebook.testsupport.keycloak.AccessTokens;
import com.fakebook.testsupport.keycloak.BrowserSession;
import com.fakebook.testsupport.keycloak.KeycloakTestUsers;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules of the {@code fakebook} realm (deploy/keycloak/realm-fakebook.json), checked against the running
 * Keycloak: password policy, email verification with mail through the development mail server, brute-force
 * lockout. auth-service builds registration on these rules.
 */
class RealmRulesIntegrationTests {

    static KeycloakTestUsers users;

    @BeforeAll
    static void connect() {
        users = KeycloakTestUsers.connect();
    }

    @AfterAll
    static void removeUsers() {
        users.close();
    }

    @Test
    void aPasswordShorterThanTwelveCharactersIsRefused() {
        assertThatThrownBy(() -> users.create(KeycloakTestUsers.newEmail(), "Short-pw-11", true))
                .hasMessageContaining("invalidPasswordMinLength");
    }

    @Test
    void aPasswordThatIsTheEmailIsRefused() {
        var email = KeycloakTestUsers.newEmail();

        assertThatThrownBy(() -> users.create(email, email, true)).hasMessageContaining("must not be equal to the");
    }

    @Test
    void aTwelveCharacterPasswordIsAccepted() {
        var user = users.create(KeycloakTestUsers.newEmail(), "Twelve-chars", true);

        assertThat(AccessTokens.isLoggedIn(AccessTokens.attemptLogin(user.email(), user.password())))
                .isTrue();
    }

    @Test
    void anUnverifiedPersonIsAskedToVerifyAndGetsTheMail() {
        var user = users.createUnverified();

        var answer = AccessTokens.attemptLogin(user.email(), user.password());

        assertThat(AccessTokens.isLoggedIn(answer))
                .as("no login before verification")
                .isFalse();
        assertThat(answer.body()).containsIgnoringCase("verify your email");
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(mailbox(user.email())).contains("Verify email"));
    }

    @Test
    void repeatedWrongPasswordsLockTheAccountForAWhile() {
        var user = users.create();
        for (var attempt = 1; attempt <= 5; attempt++) {
            assertThat(AccessTokens.isLoggedIn(AccessTokens.attemptLogin(user.email(), "wrong-password-" + attempt)))
                    .isFalse();
        }

        var withTheRightPassword = AccessTokens.attemptLogin(user.email(), user.password());

        assertThat(AccessTokens.isLoggedIn(withTheRightPassword)).isFalse();
        assertThat(withTheRightPassword.body())
                .as("the person is told why")
                .contains("Too many failed attempts: logging in to this account is paused for a few minutes.");
    }

    /** The messages GreenMail holds for an address, as its REST API lists them (JSON). */
    private static String mailbox(String email) {
        return new BrowserSession()
                .get(URI.create("http://127.0.0.1:8025/api/user/" + email + "/messages/"))
                .body();
    }
}
