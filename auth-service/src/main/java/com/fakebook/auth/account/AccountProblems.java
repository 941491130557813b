package com.fakebook.auth.account;

import com.fakebook.auth.identity.IdentityProviderUnavailable;
import com.fakebook.auth.identity.PasswordRejected;
import com.fakebook.auth.ratelimit.TooManyAttempts;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * auth-service's own conditions as problem details, each with a stable {@code type} (listed in docs/problems.md);
 * everything else falls through to service-defaults' handler.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class AccountProblems {

    static final String TYPES = "urn:problem-type:fakebook:";

    @ExceptionHandler
    ProblemDetail passwordRejected(PasswordRejected rejected) {
        var problem = problem(HttpStatus.BAD_REQUEST, "password-rejected", "The password is not allowed.");
        problem.setProperty("errors", List.of(Map.of("field", "password", "message", rejected.getMessage())));
        return problem;
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> tooManyAttempts(TooManyAttempts tooMany) {
        var seconds = Math.max(1, tooMany.retryAfter().toSeconds());
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds))
                .body(problem(
                        HttpStatus.TOO_MANY_REQUESTS,
                        "too-many-attempts",
                        "Too many attempts. Please try again in " + seconds + " seconds."));
    }

    @ExceptionHandler
    ProblemDetail accountNotFound(AccountNotFound notFound) {
        return problem(HttpStatus.NOT_FOUND, "account-not-found", "There is no account for this login.");
    }

    @ExceptionHandler
    ProblemDetail reauthenticationRequired(ReauthenticationRequired required) {
        return problem(
                HttpStatus.FORBIDDEN,
                "reauthentication-required",
                "For your safety, please log in again before deleting your account.");
    }

    @ExceptionHandler({IdentityProviderUnavailable.class, DataAccessException.class})
    ResponseEntity<ProblemDetail> unavailable(RuntimeException cause) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "10")
                .body(problem(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "temporarily-unavailable",
                        "Accounts are unavailable right now. Nothing was changed; please try again shortly."));
    }

    private static ProblemDetail problem(HttpStatus status, String type, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPES + type));
        return problem;
    }
}
