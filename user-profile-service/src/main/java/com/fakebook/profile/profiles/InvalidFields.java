package com.fakebook.profile.profiles;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A change with fields that are unknown, of the wrong type or against a rule: a 400 naming each field. */
public class InvalidFields extends ErrorResponseException {

    public InvalidFields(List<InvalidField> fields) {
        super(HttpStatus.BAD_REQUEST, problem(fields), null);
    }

    private static ProblemDetail problem(List<InvalidField> fields) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Some fields are invalid.");
        problem.setProperty(
                "errors",
                fields.stream()
                        .map(field -> Map.of("field", field.field(), "message", field.message()))
                        .toList());
        return problem;
    }

    /** One field and what is wrong with it. */
    public record InvalidField(String field, String message) {}
}
