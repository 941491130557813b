package com.fakebook.friend.system;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.data.redis.RedisConnectionFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.databind.DatabindException;

/**
 * friend-service's own conditions as problem details with a stable {@code type}; everything else falls through to
 * service-defaults' handler. An id in the path that is not even a UUID names nothing: 404, like an unknown one.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class FriendProblems {

    static final String TYPES = "urn:problem-type:fakebook:";

    @ExceptionHandler
    ProblemDetail friendProblem(FriendProblem problem) {
        var detail = problem(problem.status(), problem.type(), problem.getMessage());
        if (problem.field() != null) {
            detail.setProperty("errors", List.of(Map.of("field", problem.field(), "message", problem.getMessage())));
        }
        return detail;
    }

    @ExceptionHandler
    ProblemDetail malformedArgument(MethodArgumentTypeMismatchException mismatch) {
        if (mismatch.getParameter().hasParameterAnnotation(PathVariable.class)) {
            return mismatch.getName().equals("requestId")
                    ? problem(HttpStatus.NOT_FOUND, "friend-request-not-found", "There is no such friend request.")
                    : problem(HttpStatus.NOT_FOUND, "person-not-found", "There is no such person.");
        }
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Some fields are invalid.");
        problem.setProperty(
                "errors", List.of(Map.of("field", mismatch.getName(), "message", "This is not a valid value.")));
        return problem;
    }

    /** A query parameter out of its range (e.g. {@code size=0}): 400, naming it. */
    @ExceptionHandler
    ProblemDetail invalidParameters(HandlerMethodValidationException invalid) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Some fields are invalid.");
        problem.setProperty(
                "errors",
                invalid.getParameterValidationResults().stream()
                        .flatMap(result -> result.getResolvableErrors().stream()
                                .map(error -> Map.of(
                                        "field",
                                        String.valueOf(
                                                result.getMethodParameter().getParameterName()),
                                        "message",
                                        String.valueOf(error.getDefaultMessage()))))
                        .toList());
        return problem;
    }

    /** A body that is not JSON, or a field of the wrong kind (an id that is no UUID): 400, naming the field. */
    @ExceptionHandler
    ProblemDetail unreadableBody(HttpMessageNotReadableException unreadable) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request body is not valid.");
        if (unreadable.getCause() instanceof DatabindException databind
                && !databind.getPath().isEmpty()) {
            var field = databind.getPath().getLast().getPropertyName();
            if (field != null) {
                problem.setDetail("Some fields are invalid.");
                problem.setProperty("errors", List.of(Map.of("field", field, "message", "This is not a valid value.")));
            }
        }
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

    @ExceptionHandler({
        DataAccessResourceFailureException.class,
        TransientDataAccessException.class,
        QueryTimeoutException.class,
        RedisConnectionFailureException.class
    })
    ResponseEntity<ProblemDetail> unavailable(RuntimeException cause) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "5")
                .body(problem(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "temporarily-unavailable",
                        "Friends are unavailable right now. Nothing was changed; please try again shortly."));
    }

    private static ProblemDetail problem(HttpStatus status, String type, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPES + type));
        return problem;
    }
}
