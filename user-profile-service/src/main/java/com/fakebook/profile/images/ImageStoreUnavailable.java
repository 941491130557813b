package com.fakebook.profile.images;

import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The image store failed or could not be reached: 503 with a {@code Retry-After}. */
class ImageStoreUnavailable extends ErrorResponseException {

    private static final Logger log = LoggerFactory.getLogger(ImageStoreUnavailable.class);

    private ImageStoreUnavailable() {
        super(HttpStatus.SERVICE_UNAVAILABLE, problem(), null);
        getHeaders().set(HttpHeaders.RETRY_AFTER, "5");
    }

    static ImageStoreUnavailable because(@Nullable String cause) {
        log.warn("The image store is unavailable: {}", cause);
        return new ImageStoreUnavailable();
    }

    private static ProblemDetail problem() {
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.SERVICE_UNAVAILABLE, "Images cannot be stored or read right now; please try again shortly.");
        problem.setType(URI.create("urn:problem-type:fakebook:image-store-unavailable"));
        return problem;
    }
}
