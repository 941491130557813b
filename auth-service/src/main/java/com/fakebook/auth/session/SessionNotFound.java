package com.fakebook.auth.session;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No session of the caller's has this id: it ended already, or it is someone else's (which looks the same). */
class SessionNotFound extends ErrorResponseException {

    SessionNotFound() {
        super(HttpStatus.NOT_FOUND, problem(), null);
    }

    private static ProblemDetail problem() {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "You have no session with this id.");
        problem.setType(URI.create("urn:problem-type:fakebook:session-not-found"));
        return problem;
    }
}
