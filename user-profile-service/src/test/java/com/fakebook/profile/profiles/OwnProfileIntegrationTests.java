package com.fakebook.profile.profiles;

import com.fakebook.testsupport.LocalServers;
import com.fakebook.testsupport.keycloak.AccessTokens;
import com.fakebook.testsupport.keycloak.KeycloakTestUsers;
import com.fakebook.testsupport.keycloak.TestUser;
import java.time.Instant;
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

/** {@code GET /api/profiles/me}: always the caller's own profile, whoever asks. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@LocalServers
class OwnProfileIntegrationTests {

    static KeycloakTestUsers users;
    static TestUser ana;
    static TestUser bruno;

    @Value("${local.server.port}")
    int port;

    @Autowired
    Profiles profiles;

    @Autowired
    TransactionTemplate transaction;

    RestTestClient client;

    @BeforeAll
    static void twoPeople() {
        users = KeycloakTestUsers.connect();
        ana = users.create();
        bruno = users.create();
    }

    @AfterAll
    static void removeThem() {
        users.close();
    }

    @BeforeEach
    void anaHasAProfile() {
        client = RestTestClient.bindToServer()
                .baseUrl("http://127.0.0.1:" + port)
                .build();
        transaction.executeWithoutResult(status -> {
            if (!profiles.existsById(ana.id())) {
                profiles.save(Profile.forNewAccount(ana.id(), "Ana Lima", Instant.now()));
            }
        });
    }

    @Test
    void theOwnerGetsTheirProfile() {
        me(AccessTokens.forUser(ana))
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.id")
                .isEqualTo(ana.id().toString())
                .jsonPath("$.displayName")
                .isEqualTo("Ana Lima");
    }

    @Test
    void someoneWithoutAProfileYetGetsA404ProblemNotAnotherProfile() {
        me(AccessTokens.forUser(bruno))
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void anAnonymousCallerGetsA401Problem() {
        client.get()
                .uri("/api/profiles/me")
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private RestTestClient.ResponseSpec me(String token) {
        return client.get()
                .uri("/api/profiles/me")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange();
    }
}
