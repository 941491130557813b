package com.fakebook.servicedefaults;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.DatabindException;

/**
 * Every error leaves the service as RFC 9457 problem details ({@code application/problem+json}): Spring MVC's own
 * (400 malformed body, 404, 405, 406, 415...), security's 401 and 403, invalid fields (listed in {@code errors}),
 * and anything unexpected as a 500 without internals.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler
    ProblemDetail unauthenticated(AuthenticationException exception) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, "A valid access token is required.");
    }

    @ExceptionHandler
    ProblemDetail forbidden(AccessDeniedException exception) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "The access token does not allow this.");
    }

    @ExceptionHandler
    ProblemDetail serviceProblem(ServiceProblem problem) {
        return problem.toProblemDetail();
    }

    /**
     * The database (or Redis, whose connection failure is one of these) is unreachable or gave up: 503 with a
     * {@code Retry-After}; the transaction was rolled back, so nothing was changed.
     */
    @ExceptionHandler({
        DataAccessResourceFailureException.class,
        TransientDataAccessException.class,
        QueryTimeoutException.class
    })
    ResponseEntity<ProblemDetail> unavailable(RuntimeException cause) {
        log.warn("A store is unavailable: {}", cause.toString());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "5")
                .body(TemporarilyUnavailable.PROBLEM.toProblemDetail());
    }

    @ExceptionHandler
    ProblemDetail unexpected(Exception exception) {
        log.error("Unexpected error", exception);
        return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side.");
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException exception, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var problem = exception.getBody();
        problem.setDetail("Some fields are invalid.");
        problem.setProperty(
                "errors",
                exception.getBindingResult().getFieldErrors().stream()
                        .map(InvalidField::of)
                        .toList());
        return handleExceptionInternal(exception, problem, headers, status, request);
    }

    /** A body that is not JSON, or a field of the wrong kind (an id that is no UUID): 400, naming the field. */
    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException exception, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request body is not valid.");
        if (exception.getCause() instanceof DatabindException databind
                && !databind.getPath().isEmpty()
                && databind.getPath().getLast().getPropertyName() != null) {
            problem.setDetail("Some fields are invalid.");
            problem.setProperty(
                    "errors",
                    List.of(new InvalidField(
                            databind.getPath().getLast().getPropertyName(), "This is not a valid value.")));
        }
        return handleExceptionInternal(exception, problem, headers, status, request);
    }

    /**
     * A parameter out of its range (e.g. {@code limit=0}): 400, naming it; one of a parameter object's fields (e.g.
     * {@code size} of a page query, validated with the method's other parameters) by that field's name.
     */
    @Override
    protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException exception,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Some fields are invalid.");
        problem.setProperty(
                "errors",
                exception.getParameterValidationResults().stream()
                        .flatMap(result -> result.getResolvableErrors().stream()
                                .map(error -> new InvalidField(
                                        error instanceof FieldError field
                                                ? field.getField()
                                                : String.valueOf(result.getMethodParameter()
                                                        .getParameterName()),
                                        error.getDefaultMessage())))
                        .toList());
        return handleExceptionInternal(exception, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    /** The database (or Redis) did not answer. */
    private static final class TemporarilyUnavailable extends ServiceProblem {

        static final TemporarilyUnavailable PROBLEM = new TemporarilyUnavailable();

        private TemporarilyUnavailable() {
            super(
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "temporarily-unavailable",
                    "This is unavailable right now. Nothing was changed; please try again shortly.");
        }
    }

    /** One entry of a problem's {@code errors}: which field, and what is wrong with it. */
    record InvalidField(String field, @Nullable String message) {

        static InvalidField of(FieldError error) {
            return new InvalidField(error.getField(), error.getDefaultMessage());
        }
    }
}
