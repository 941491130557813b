package com.fakebook.profile.images;

import java.io.IOException;
import java.io.UncheckedIOException;

/** The image files under {@code src/test/resources/images} (see the README there for how each was made). */
final class TestImages {

    private TestImages() {}

    static byte[] fixture(String name) {
        try (var in = TestImages.class.getResourceAsStream("/images/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test image " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
