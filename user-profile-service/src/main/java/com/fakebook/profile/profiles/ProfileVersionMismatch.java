package com.fakebook.profile.profiles;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A change that does not name the version it was made on ({@code If-Match}: 428), or names one that is no longer
 * current (412): the profile changed since the client read it, and the client should read it again.
 */
class ProfileVersionMismatch extends ErrorResponseException {

    private ProfileVersionMismatch(HttpStatus status, String type, String detail) {
        super(status, problem(status, type, detail), null);
    }

    static ProfileVersionMismatch missing() {
        return new ProfileVersionMismatch(
                HttpStatus.PRECONDITION_REQUIRED,
                "if-match-required",
                "Send the profile's ETag in If-Match, so that your change does not overwrite another.");
    }

    static ProfileVersionMismatch stale() {
        return new ProfileVersionMismatch(
                HttpStatus.PRECONDITION_FAILED,
                "profile-changed",
                "The profile changed since you read it. Read it again, then make your change.");
    }

    private static ProblemDetail problem(HttpStatus status, String type, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:problem-type:fakebook:" + type));
        return problem;
    }
}
