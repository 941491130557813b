package com.fakebook.profile.images;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** An upload that is not an image this service takes (415) or is too big in pixels (413); nothing is stored. */
class ImageRefused extends ErrorResponseException {

    private ImageRefused(HttpStatus status, String type, String detail) {
        super(status, problem(status, type, detail), null);
    }

    static ImageRefused notAnImage() {
        return new ImageRefused(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "not-an-image",
                "The file is not a JPEG, PNG, WebP or GIF image, or it is damaged.");
    }

    static ImageRefused tooManyPixels(long pixels, long most) {
        return new ImageRefused(
                HttpStatus.CONTENT_TOO_LARGE,
                "image-too-large",
                "The image has " + pixels + " pixels; at most " + most + " are taken.");
    }

    private static ProblemDetail problem(HttpStatus status, String type, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:problem-type:fakebook:" + type));
        problem.setProperty("errors", java.util.List.of(java.util.Map.of("field", "file", "message", detail)));
        return problem;
    }
}
