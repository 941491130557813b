package com.fakebook.servicedefaults;

import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A condition of a service's own, answered as a problem with a stable type ({@code urn:problem-type:fakebook:<type>},
 * listed in docs/problems.md). Features subclass it with a name that says the condition ({@code NotAMember}).
 */
public abstract class ServiceProblem extends RuntimeException {

    public static final String TYPES = "urn:problem-type:fakebook:";

    private final HttpStatus status;
    private final String type;
    private final @Nullable String field;

    protected ServiceProblem(HttpStatus status, String type, String detail) {
        this(status, type, detail, null);
    }

    /** A problem about one input field, named in the problem's {@code errors}. */
    protected ServiceProblem(HttpStatus status, String type, String detail, @Nullable String field) {
        super(detail);
        this.status = status;
        this.type = type;
        this.field = field;
    }

    public HttpStatus status() {
        return status;
    }

    /** The problem type's last part, e.g. {@code conversation-not-found}. */
    public String type() {
        return type;
    }

    public @Nullable String field() {
        return field;
    }

    /** The RFC 9457 body of this problem. */
    public ProblemDetail toProblemDetail() {
        var problem = ProblemDetail.forStatusAndDetail(status, getMessage());
        problem.setType(URI.create(TYPES + type));
        if (field != null) {
            problem.setProperty("errors", List.of(new ProblemDetailsAdvice.InvalidField(field, getMessage())));
        }
        return problem;
    }
}
