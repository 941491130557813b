package com.fakebook.notification.system;

import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * What service-defaults' problem handling leaves to the service: a notification id in the path that is not even a
 * UUID names no notification (404, like an unknown one); another parameter of the wrong kind is a 400 naming it.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class NotificationProblems {

    @ExceptionHandler
    ProblemDetail mismatch(MethodArgumentTypeMismatchException mismatch) {
        if (mismatch.getParameter().hasParameterAnnotation(PathVariable.class)) {
            return new NotificationNotFound().toProblemDetail();
        }
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Some fields are invalid.");
        problem.setProperty(
                "errors", List.of(Map.of("field", mismatch.getName(), "message", "This is not a valid value.")));
        return problem;
    }
}
