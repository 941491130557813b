package com.fakebook.profile.images;

import static com.fakebook.profile.images.TestImages.named;

import com.fakebook.testsupport.keycloak.AccessTokens;
import com.fakebook.testsupport.keycloak.KeycloakTestUsers;
import com.fakebook.testsupport.keycloak.TestUser;
import java.time.Instant;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.LinkedMultiValueMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The image endpoints as logged-in people call them, for the tests of either store. */
final class ImagesApi {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** A Keycloak user with a profile, and their access token. */
    record Person(TestUser user, String token) {}

    private final RestTestClient client;
    private final JdbcClient db;
    private final KeycloakTestUsers users;

    ImagesApi(int port, JdbcClient db, KeycloakTestUsers users) {
        this.client = RestTestClient.bindToServer()
                .baseUrl("http://127.0.0.1:" + port)
                .build();
        this.db = db;
        this.users = users;
    }

    RestTestClient client() {
        return client;
    }

    /** A new user whose profile exists already (as if their sign-up event had been applied). */
    Person personWithProfile() {
        var user = users.create();
        db.sql("insert into profiles (id, display_name, created_at, version) values (?, ?, ?, 0)")
                .params(user.id(), "Image Tester", java.sql.Timestamp.from(Instant.now()))
                .update();
        return new Person(user, AccessTokens.forUser(user));
    }

    /** {@code PUT /api/profiles/me/avatar} or {@code /cover}, the content as multipart field {@code file}. */
    RestTestClient.ResponseSpec upload(Person person, String kind, byte[] content, String filename) {
        var form = new LinkedMultiValueMap<String, Object>();
        form.add("file", named(content, filename));
        return client.put()
                .uri("/api/profiles/me/" + kind)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + person.token())
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(form)
                .exchange();
    }

    /** The avatar part of a successful upload's answer. */
    JsonNode avatarOf(RestTestClient.ResponseSpec response) {
        return JSON.readTree(response.expectStatus()
                        .isOk()
                        .expectBody(String.class)
                        .returnResult()
                        .getResponseBody())
                .path("avatar");
    }

    /** An image that must be there. */
    byte[] fetch(Person person, String url) {
        return client.get()
                .uri(url)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + person.token())
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(byte[].class)
                .returnResult()
                .getResponseBody();
    }
}
