package com.fakebook.gateway.routing;

import com.fakebook.gateway.system.ProblemResponses;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Where a route's circuit breaker forwards when its service does not answer in time, refuses connections, or the
 * breaker is open: a 503 problem the client can show and retry, never a hanging request or a stack trace.
 */
@RestController
class FallbackController {

    static final String RETRY_AFTER_SECONDS = "10";

    private final ProblemResponses problems;

    FallbackController(ProblemResponses problems) {
        this.problems = problems;
    }

    @RequestMapping("/fallback/{service:[a-z]{1,20}}")
    Mono<Void> serviceUnavailable(@PathVariable String service, ServerWebExchange exchange) {
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        return problems.write(
                exchange,
                HttpStatus.SERVICE_UNAVAILABLE,
                "The " + service + " service is unavailable right now. Please try again shortly.");
    }
}
