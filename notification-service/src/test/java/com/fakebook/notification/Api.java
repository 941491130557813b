package com.fakebook.notification;

import com.fakebook.testsupport.keycloak.TestUser;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/** notification-service's API on a port, called with a user's token, or anonymously (a null user). */
public record Api(RestTestClient client) {

    public static Api onPort(int port) {
        return new Api(RestTestClient.bindToServer()
                .baseUrl("http://127.0.0.1:" + port)
                .build());
    }

    public RestTestClient.ResponseSpec get(@Nullable TestUser user, String path) {
        return call(HttpMethod.GET, user, path, null);
    }

    public RestTestClient.ResponseSpec post(@Nullable TestUser user, String path) {
        return call(HttpMethod.POST, user, path, null);
    }

    public RestTestClient.ResponseSpec put(@Nullable TestUser user, String path, String json) {
        return call(HttpMethod.PUT, user, path, json);
    }

    public RestTestClient.ResponseSpec delete(@Nullable TestUser user, String path) {
        return call(HttpMethod.DELETE, user, path, null);
    }

    /** The user's unread count, as the API answers it. */
    public long unreadCount(TestUser user) {
        var body = get(user, "/api/notifications/unread-count")
                .expectStatus()
                .isOk()
                .expectBody(UnreadCount.class)
                .returnResult()
                .getResponseBody();
        return body == null ? -1 : body.count();
    }

    /** Expects a problem of this status and returns its body for more checks. */
    public static RestTestClient.BodyContentSpec problem(RestTestClient.ResponseSpec response, int status) {
        return response.expectStatus()
                .isEqualTo(status)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo(status);
    }

    private RestTestClient.ResponseSpec call(
            HttpMethod method, @Nullable TestUser user, String path, @Nullable String json) {
        var request = client.method(method).uri(path);
        if (user != null) {
            request.header(HttpHeaders.AUTHORIZATION, "Bearer " + Logins.token(user));
        }
        if (json != null) {
            return request.contentType(MediaType.APPLICATION_JSON).body(json).exchange();
        }
        return request.exchange();
    }

    record UnreadCount(long count) {}
}
