package com.fakebook.gateway.system;

import io.lettuce.core.RedisCommandTimeoutException;
import io.lettuce.core.RedisConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.data.redis.RedisConnectionFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * Errors no route or filter answered (no such route, wrong method, a bug) leave the gateway as problem details
 * too, in place of Spring Boot's default JSON; unexpected ones are logged and shown without internals. Redis (the
 * sessions) not answering in time or at all is no bug but a passing fault: a 503 with {@code Retry-After}, as when a
 * service does not answer, so that clients try again.
 */
@Component
@Order(-2)
class ProblemErrorWebExceptionHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorWebExceptionHandler.class);

    static final String SESSION_STORE_RETRY_AFTER_SECONDS = "1";

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
        if (isSessionStoreUnavailable(error)) {
            log.warn(
                    "Redis did not answer on {} {}: {}",
                    exchange.getRequest().getMethod(),
                    exchange.getRequest().getPath(),
                    error.toString());
            exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, SESSION_STORE_RETRY_AFTER_SECONDS);
            return problems.write(
                    exchange, HttpStatus.SERVICE_UNAVAILABLE, "We are busy right now. Please try again shortly.");
        }
        log.error(
                "Unexpected error on {} {}",
                exchange.getRequest().getMethod(),
                exchange.getRequest().getPath(),
                error);
        return problems.write(exchange, HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side.");
    }

    /** A Redis command that timed out or found no connection, raw from Lettuce or translated by Spring Data. */
    static boolean isSessionStoreUnavailable(Throwable error) {
        for (var cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof RedisCommandTimeoutException
                    || cause instanceof RedisConnectionException
                    || cause instanceof QueryTimeoutException
                    || cause instanceof RedisConnectionFailureException) {
                return true;
            }
        }
        return false;
    }

    private static String detailOf(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "There is nothing at this address.";
            case METHOD_NOT_ALLOWED -> "This address does not take that method.";
            default -> status.getReasonPhrase() + ".";
        };
    }
}
