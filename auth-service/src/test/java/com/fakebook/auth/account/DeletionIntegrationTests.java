package com.fakebook.auth.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.fakebook.events.account.AccountDeleted;
import com.fakebook.events.account.AccountEvent;
import com.fakebook.testsupport.LocalServers;
import com.fakebook.testsupport.kafka.TopicWatcher;
import com.fakebook.testsupport.keycloak.AccessTokens;
import com.fakebook.testsupport.keycloak.KeycloakTestUsers;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

/** Deleting one's account: the account, its Keycloak user and its sessions go; every service hears of it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@LocalServers
class DeletionIntegrationTests {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    static KeycloakTestUsers users;
    static TopicWatcher accountEvents;

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcClient db;

    RestTestClient client;

    @BeforeAll
    static void connect() {
        users = KeycloakTestUsers.connect();
        accountEvents = TopicWatcher.watch(AccountEvent.TOPIC);
    }

    @AfterAll
    static void cleanUp() {
        users.close();
        accountEvents.close();
    }

    @BeforeEach
    void client() {
        client = RestTestClient.bindToServer()
                .baseUrl("http://127.0.0.1:" + port)
                .build();
    }

    @Test
    void aPersonJustLoggedInDeletesTheirAccountForGood() {
        var ana = users.create();
        var token = AccessTokens.forUser(ana);
        call("GET", token).expectStatus().isOk();

        call("DELETE", token).expectStatus().isNoContent();

        accountEvents.await(TopicWatcher.ofType(AccountDeleted.TYPE, ana.id().toString()), PATIENCE);
        assertThat(users.idOf(ana.email()))
                .as("the Keycloak user, and so its sessions")
                .isEmpty();
        assertThat(db.sql("select count(*) from accounts where id = ?")
                        .param(ana.id())
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(AccessTokens.isLoggedIn(AccessTokens.attemptLogin(ana.email(), ana.password())))
                .isFalse();
    }

    @Test
    void theTokenOfADeletedPersonDoesNotBringTheAccountBack() {
        var bruno = users.create();
        var token = AccessTokens.forUser(bruno);
        call("DELETE", token).expectStatus().isNoContent();

        call("GET", token).expectStatus().isNotFound().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);

        assertThat(db.sql("select count(*) from accounts where id = ?")
                        .param(bruno.id())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void deletingOnesAccountLeavesEveryoneElsesAlone() {
        var carla = users.create();
        var dora = users.create();
        var dorasToken = AccessTokens.forUser(dora);
        call("GET", dorasToken).expectStatus().isOk();

        call("DELETE", AccessTokens.forUser(carla)).expectStatus().isNoContent();

        call("GET", dorasToken)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("ACTIVE");
        assertThat(users.idOf(dora.email())).hasValue(dora.id());
    }

    @Test
    void anAnonymousCallerCannotDeleteAnything() {
        client.delete()
                .uri("/api/auth/me")
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private RestTestClient.ResponseSpec call(String method, String token) {
        var request = "DELETE".equals(method) ? client.delete() : client.get();
        return request.uri("/api/auth/me")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange();
    }
}
