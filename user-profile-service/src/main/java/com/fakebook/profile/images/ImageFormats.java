package com.fakebook.profile.images;

import java.util.Optional;

/** The image format a file's first bytes announce, as ImageIO names it; whatever its name or declared type say. */
final class ImageFormats {

    private ImageFormats() {}

    static Optional<String> of(byte[] content) {
        if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("jpeg");
        }
        if (startsWith(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("png");
        }
        if (startsWith(content, 'G', 'I', 'F', '8')) {
            return Optional.of("gif");
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, int... signature) {
        if (content.length < signature.length) {
            return false;
        }
        for (var index = 0; index < signature.length; index++) {
            if ((content[index] & 0xFF) != signature[index]) {
                return false;
            }
        }
        return true;
    }
}
