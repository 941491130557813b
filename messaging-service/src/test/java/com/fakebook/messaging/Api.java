package com.fakebook.messaging;

import com.fakebook.testsupport.keycloak.Actor;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** messaging-service's API on its random port, called as an actor (or anonymously, with a null actor). */
public record Api(RestTestClient client) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public static Api onPort(int port) {
        return new Api(RestTestClient.bindToServer()
                .baseUrl("http://127.0.0.1:" + port)
                .build());
    }

    public RestTestClient.ResponseSpec call(
            HttpMethod method, @Nullable Actor actor, String path, @Nullable String json) {
        var request = client.method(method).uri(path);
        if (actor != null) {
            request.header(HttpHeaders.AUTHORIZATION, "Bearer " + actor.token());
        }
        if (json != null) {
            return request.contentType(MediaType.APPLICATION_JSON).body(json).exchange();
        }
        return request.exchange();
    }

    public RestTestClient.ResponseSpec get(@Nullable Actor actor, String path) {
        return call(HttpMethod.GET, actor, path, null);
    }

    public RestTestClient.ResponseSpec post(@Nullable Actor actor, String path, @Nullable String json) {
        return call(HttpMethod.POST, actor, path, json);
    }

    /** The body of a successful call, as JSON. */
    public static JsonNode json(RestTestClient.ResponseSpec response) {
        var body = response.expectStatus()
                .is2xxSuccessful()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        return JSON.readTree(body);
    }

    /** Opens the direct conversation of the two and returns its id. */
    public UUID direct(Actor actor, Actor other) {
        return UUID.fromString(json(post(actor, "/api/conversations/direct", "{\"userId\":\"" + other.id() + "\"}"))
                .get("id")
                .asString());
    }

    /** Sends a text and returns the ack. */
    public JsonNode send(Actor actor, UUID conversationId, String clientMessageId, String text) {
        return json(post(
                actor,
                "/api/conversations/" + conversationId + "/messages",
                JSON.writeValueAsString(Map.of("clientMessageId", clientMessageId, "text", text))));
    }

    /** Expects a problem of this status, and returns the response for more checks. */
    public static RestTestClient.BodyContentSpec problem(RestTestClient.ResponseSpec response, int status) {
        return response.expectStatus()
                .isEqualTo(status)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo(status);
    }
}
