package com.fakebook.friend;

import com.fakebook.testsupport.keycloak.Actor;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/** friend-service's API on its random port, called as an actor (or anonymously, with a null actor). */
public record Api(RestTestClient client) {

    public static Api onPort(int port) {
        return new Api(RestTestClient.bindToServer()
                .baseUrl("http://127.0.0.1:" + port)
                .build());
    }

    public RestTestClient.ResponseSpec get(@Nullable Actor actor, String path) {
        return call(HttpMethod.GET, actor, path, null);
    }

    public RestTestClient.ResponseSpec post(@Nullable Actor actor, String path, @Nullable String json) {
        return call(HttpMethod.POST, actor, path, json);
    }

    public RestTestClient.ResponseSpec put(@Nullable Actor actor, String path) {
        return call(HttpMethod.PUT, actor, path, null);
    }

    public RestTestClient.ResponseSpec delete(@Nullable Actor actor, String path) {
        return call(HttpMethod.DELETE, actor, path, null);
    }

    /** Sends a friend request to the person. */
    public RestTestClient.ResponseSpec sendRequest(@Nullable Actor actor, Object recipientId) {
        return post(actor, "/api/friends/requests", "{\"recipientId\": \"" + recipientId + "\"}");
    }

    /** Sends a friend request and returns its id. */
    public String sentRequestId(Actor actor, Object recipientId) {
        var body = sendRequest(actor, recipientId)
                .expectStatus()
                .isCreated()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        var marker = "\"request\":{\"id\":\"";
        var start = body.indexOf(marker) + marker.length();
        return body.substring(start, start + 36);
    }

    private RestTestClient.ResponseSpec call(
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
