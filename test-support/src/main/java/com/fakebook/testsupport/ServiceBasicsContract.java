package com.fakebook.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fakebook.testsupport.keycloak.AccessTokens;
import com.fakebook.testsupport.keycloak.KeycloakTestUsers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every Fakebook service does whatever its features: probes and metrics for operators, and problem details
 * (RFC 9457) for a missing, forged or misdirected token and an unknown route. A service's test extends it, runs the application on a random
 * port ({@code @SpringBootTest(webEnvironment = RANDOM_PORT)} with {@link LocalServers}) and names its API prefix.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ServiceBasicsContract {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private KeycloakTestUsers users;
    private String token;

    @Value("${local.server.port}")
    private int port;

    @Value("${spring.application.name}")
    private String applicationName;

    /** The service's API prefix behind the gateway, e.g. {@code /api/auth}. */
    protected abstract String apiPrefix();

    @BeforeAll
    void logInOnce() {
        users = KeycloakTestUsers.connect();
        token = AccessTokens.forUser(users.create());
    }

    @AfterAll
    void removeTheUser() {
        users.close();
    }

    @Test
    void readinessIsUpAndCoversTheDatabase() {
        var response = get("/actuator/health/readiness", null);

        assertThat(response.statusCode()).isEqualTo(200);
        var health = JSON.readTree(response.body());
        assertThat(health.path("status").asString()).isEqualTo("UP");
        assertThat(health.path("components").path("db").path("status").asString())
                .isEqualTo("UP");
    }

    @Test
    void livenessIsUp() {
        var response = get("/actuator/health/liveness", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).path("status").asString()).isEqualTo("UP");
    }

    @Test
    void prometheusMetricsCarryTheApplicationTag() {
        var response = get("/actuator/prometheus", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("application=\"" + applicationName + "\"");
    }

    @Test
    void anAnonymousCallGetsA401Problem() {
        var response = get(apiPrefix() + "/anything", null);

        assertProblem(response, 401);
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));
    }

    @Test
    void aForgedTokenGetsA401Problem() {
        var forged = token.substring(0, token.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";

        var response = get(apiPrefix() + "/anything", forged);

        assertProblem(response, 401);
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(value -> assertThat(value).contains("invalid_token"));
    }

    @Test
    void anUnknownRouteGetsA404Problem() {
        var response = get(apiPrefix() + "/no-such-thing", token);

        assertProblem(response, 404);
    }

    @Test
    void aGenuineTokenMeantForAnotherAudienceGetsA401Problem() {
        var response = get(apiPrefix() + "/anything", AccessTokens.forAdminClient());

        assertProblem(response, 401);
    }

    /** The port the application under test listens on. */
    public int port() {
        return port;
    }

    /** A real access token for a user of the local realm, for a subclass's own tests. */
    protected String token() {
        return token;
    }

    protected HttpResponse<String> get(String path, @Nullable String bearer) {
        var request = HttpRequest.newBuilder(uri(path)).GET();
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return send(request);
    }

    protected HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    protected static JsonNode assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        var problem = JSON.readTree(response.body());
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asString()).isNotBlank();
        return problem;
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
