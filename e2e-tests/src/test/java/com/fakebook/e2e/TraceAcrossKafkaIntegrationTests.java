package com.fakebook.e2e;

import static com.fakebook.e2e.People.GATEWAY;
import static com.fakebook.e2e.People.JSON;
import static com.fakebook.e2e.People.PATIENCE;
import static com.fakebook.e2e.People.arrive;
import static com.fakebook.e2e.People.json;
import static com.fakebook.e2e.People.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fakebook.testsupport.keycloak.KeycloakTestUsers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * One trace follows a request from the gateway into friend-service, out through its outbox onto Kafka, and into
 * user-profile-service, which consumes the event: read back from the running system's Zipkin (deploy/local, :9411).
 * The test starts the trace itself (a W3C {@code traceparent} on the request the gateway continues), so it knows
 * which trace to ask for.
 */
class TraceAcrossKafkaIntegrationTests {

    static final URI ZIPKIN = URI.create(System.getProperty("fakebook.zipkin-url", "http://127.0.0.1:9411"));
    static final HttpClient HTTP = HttpClient.newHttpClient();

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
    void anAcceptedFriendRequestIsOneTraceFromTheGatewayToTheConsumerOfItsEvent() {
        var anaUser = users.create();
        var brunoUser = users.create();
        var ana = arrive(anaUser);
        var bruno = arrive(brunoUser);
        var sent = send(
                ana,
                HttpRequest.newBuilder(GATEWAY.resolve("/api/friends/requests"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"recipientId\": \"" + brunoUser.id() + "\"}")));
        assertThat(sent.statusCode()).isEqualTo(201);
        var requestId = json(bruno.get(GATEWAY.resolve("/api/friends/requests/incoming")))
                .path("items")
                .valueStream()
                .map(request -> request.path("id").asString())
                .findFirst()
                .orElseThrow();

        var traceId = randomHex(16);
        var accepted = send(
                bruno,
                HttpRequest.newBuilder(GATEWAY.resolve("/api/friends/requests/" + requestId + "/accept"))
                        .header("traceparent", "00-" + traceId + "-" + randomHex(8) + "-01")
                        .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(accepted.statusCode()).isEqualTo(204);

        var spans = await().atMost(PATIENCE)
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> trace(traceId), TraceAcrossKafkaIntegrationTests::reachedTheConsumer);

        assertThat(spans).extracting(span -> span.path("traceId").asString()).containsOnly(traceId);
        assertThat(spans)
                .extracting(
                        span -> span.path("localEndpoint").path("serviceName").asString())
                .contains("gateway", "friend-service", "user-profile-service");
        var producer = spans.stream()
                .filter(span ->
                        serviceOf(span).equals("friend-service") && kindOf(span).equals("PRODUCER"))
                .filter(span -> span.path("tags")
                        .path("messaging.destination.name")
                        .asString()
                        .equals("fakebook.friendship.v1"))
                .findFirst()
                .orElseThrow();
        var consumer = spans.stream()
                .filter(span -> serviceOf(span).equals("user-profile-service")
                        && kindOf(span).equals("CONSUMER"))
                .findFirst()
                .orElseThrow();
        assertThat(consumer.path("parentId").asString())
                .as("the consumer's span continues the producer's, from the record's headers")
                .isEqualTo(producer.path("id").asString());
    }

    /** The trace's spans as Zipkin has them so far (none while it knows nothing of the trace). */
    private static List<JsonNode> trace(String traceId) throws Exception {
        var response = HTTP.send(
                HttpRequest.newBuilder(ZIPKIN.resolve("/api/v2/trace/" + traceId))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 404) {
            return List.of();
        }
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return StreamSupport.stream(JSON.readTree(response.body()).spliterator(), false)
                .toList();
    }

    /** Each service sends its spans on its own, batched: wait for the three sides. */
    private static boolean reachedTheConsumer(List<JsonNode> spans) {
        return spans.stream().anyMatch(span -> serviceOf(span).equals("gateway"))
                && spans.stream()
                        .anyMatch(span -> serviceOf(span).equals("friend-service")
                                && kindOf(span).equals("PRODUCER"))
                && spans.stream()
                        .anyMatch(span -> serviceOf(span).equals("user-profile-service")
                                && kindOf(span).equals("CONSUMER"));
    }

    private static String serviceOf(JsonNode span) {
        return span.path("localEndpoint").path("serviceName").asString();
    }

    private static String kindOf(JsonNode span) {
        return span.path("kind").asString();
    }

    private static String randomHex(int bytes) {
        var random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
