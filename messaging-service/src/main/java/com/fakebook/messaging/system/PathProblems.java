package com.fakebook.messaging.system;

import com.fakebook.servicedefaults.ServiceProblem;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * An id in the path that is not even a UUID (or a sequence that is no number) names nothing: 404, like an unknown
 * one. A query parameter of the wrong kind is a 400 naming it.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class PathProblems {

    @ExceptionHandler
    ProblemDetail malformedArgument(MethodArgumentTypeMismatchException mismatch) {
        if (mismatch.getParameter().hasParameterAnnotation(PathVariable.class)) {
            return switch (mismatch.getName()) {
                case "conversationId" -> new ConversationNotFound().toProblemDetail();
                case "sequence" -> new MessageNotFound().toProblemDetail();
                default -> new NotFound().toProblemDetail();
            };
        }
        return new InvalidField(mismatch.getName(), "This is not a valid value.").toProblemDetail();
    }

    private static final class NotFound extends ServiceProblem {
        NotFound() {
            super(HttpStatus.NOT_FOUND, "not-found", "There is no such thing here.");
        }
    }
}
