package com.fakebook.gateway.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.RedisCommandTimeoutException;
import io.lettuce.core.RedisConnectionException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.data.redis.RedisConnectionFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.json.JsonMapper;

/** What leaves the gateway when a request fails outside any route: the status, the headers and the problem. */
class ProblemErrorWebExceptionHandlerTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    final ProblemErrorWebExceptionHandler handler = new ProblemErrorWebExceptionHandler(new ProblemResponses(JSON));

    @Test
    void redisNotAnsweringIsA503ToTryAgainNotA500() {
        var faults = List.of(
                new RedisCommandTimeoutException("HGETALL. Command timed out after 2 second(s)"),
                new QueryTimeoutException("Redis command timed out", new RedisCommandTimeoutException("SET")),
                new RedisConnectionFailureException("Unable to connect to Redis"),
                new IllegalStateException("wrapped", new RedisConnectionException("Connection refused")));
        for (var fault : faults) {
            var exchange = exchange();

            handler.handle(exchange, fault).block();

            var response = exchange.getResponse();
            assertThat(response.getStatusCode()).as(fault.toString()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
            assertThat(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
            assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(JSON.readTree(response.getBodyAsString().block())
                            .path("status")
                            .asInt())
                    .isEqualTo(503);
        }
    }

    @Test
    void anythingElseUnexpectedIsA500WithoutInternals() {
        var exchange = exchange();

        handler.handle(exchange, new IllegalStateException("a bug at line 42")).block();

        var response = exchange.getResponse();
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNull();
        assertThat(response.getBodyAsString().block()).doesNotContain("line 42");
    }

    @Test
    void aKnownStatusKeepsItsStatus() {
        var exchange = exchange();

        handler.handle(exchange, new ResponseStatusException(HttpStatus.NOT_FOUND))
                .block();

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private static MockServerWebExchange exchange() {
        return MockServerWebExchange.from(MockServerHttpRequest.post("/api/friends/requests"));
    }
}
