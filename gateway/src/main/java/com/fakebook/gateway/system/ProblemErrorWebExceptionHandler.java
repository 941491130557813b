package com.fakebook.gateway.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * Errors no route or filter answered (no such route, wrong method, a bug) leave the gateway as problem details
 * too, in place of Spring Boot's default JSON; unexpected ones are logged and shown without internals.
 */
@Component
@Order(-2)
class ProblemErrorWebExceptionHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorWebExceptionHandler.class);

    private final ProblemResponses problems;

    ProblemErrorWebExceptionHandler(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (error instanceof ResponseStatusException known) {
            var status = HttpStatus.valueOf(known.getStatusCode().value());
            exchange.getResponse().getHeaders().addAll(known.getHeaders());
            return problems.write(exchange, status, detailOf(status));
        }
        log.error(
                "Unexpected error on {} {}",
                exchange.getRequest().getMethod(),
                exchange.getRequest().getPath(),
                error);
        return problems.write(exchange, HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side.");
    }

    private static String detailOf(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "There is nothing at this address.";
            case METHOD_NOT_ALLOWED -> "This address does not take that method.";
            default -> status.getReasonPhrase() + ".";
        };
    }
}
