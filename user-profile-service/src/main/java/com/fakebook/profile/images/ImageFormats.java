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
        // A RIFF container (its length in the next four bytes) holding a WebP image.
        if (startsWith(content, 'R', 'I', 'F', 'F') && hasAt(content, 8, 'W', 'E', 'B', 'P')) {
            return Optional.of("webp");
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, int... signature) {
        return hasAt(content, 0, signature);
    }

    private static boolean hasAt(byte[] content, int offset, int... signature) {
        if (content.length < offset + signature.length) {
            return false;
        }
        for (var index = 0; index < signature.length; index++) {
            if ((content[offset + index] & 0xFF) != signature[index]) {
                return false;
            }
        }
        return true;
    }
}
