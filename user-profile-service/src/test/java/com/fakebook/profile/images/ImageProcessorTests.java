package com.fakebook.profile.images;

import static com.fakebook.profile.images.TestImages.encode;
import static com.fakebook.profile.images.TestImages.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * What the processor makes of each format it reads, and that a picture declaring more pixels than allowed is refused
 * from its header, whatever its format. The bombs here declare billions of pixels in a few hundred bytes: had any of
 * them been decoded, the decoder would have failed on the missing data (a 415) or run out of memory, not answered
 * the 413 of the header check.
 */
class ImageProcessorTests {

    static final URI TOO_LARGE = URI.create("urn:problem-type:fakebook:image-too-large");

    final ImageProcessor processor = new ImageProcessor();

    @Test
    void aLossyWebPBecomesJpegsOfEveryAvatarSize() {
        var image = processor.process(fixture("photo.webp"), ImageKind.AVATAR);

        assertThat(image.sizes()).containsOnlyKeys(40, 160, 512);
        var large = decode(image.sizes().get(512));
        assertThat(large.getWidth()).isEqualTo(512);
        assertThat(large.getHeight()).isEqualTo(512);
        // The red disc in the middle of the picture is in the middle of the avatar: the pixels were really read.
        var middle = new Color(large.getRGB(256, 256));
        assertThat(middle.getRed()).isGreaterThan(150);
        assertThat(middle.getGreen()).isLessThan(90);
    }

    @Test
    void aTransparentWebPIsPutOnWhite() {
        var image = processor.process(fixture("transparent.webp"), ImageKind.AVATAR);

        var large = decode(image.sizes().get(512));
        assertThat(new Color(large.getRGB(2, 2))).satisfies(corner -> {
            assertThat(corner.getRed()).isGreaterThan(240);
            assertThat(corner.getGreen()).isGreaterThan(240);
            assertThat(corner.getBlue()).isGreaterThan(240);
        });
        var middle = new Color(large.getRGB(256, 256));
        assertThat(middle.getGreen()).isGreaterThan(middle.getRed() + 60);
    }

    @Test
    void aWebPOfFortyTwoMegapixelsIsRefused() {
        assertRefusedAsTooLarge(fixture("bomb.webp"), "7000 x 6000");
    }

    @Test
    void aJpegDeclaringThreeBillionPixelsIsRefusedFromItsHeader() {
        var jpeg = encode(picture(64, 48, BufferedImage.TYPE_INT_RGB), "jpeg");
        var frame = indexOf(jpeg, 0xFF, 0xC0); // start of frame: length, precision, height, width
        // libjpeg itself refuses a side over 65,500 pixels; this one stays just under.
        putBigEndian16(jpeg, frame + 5, 60_000);
        putBigEndian16(jpeg, frame + 7, 60_000);

        assertRefusedAsTooLarge(jpeg, "60000 x 60000");
    }

    @Test
    void aPngDeclaringFourBillionPixelsIsRefusedFromItsHeader() {
        var png = encode(picture(64, 48, BufferedImage.TYPE_INT_ARGB), "png");
        putBigEndian32(png, 16, 65_535); // IHDR's width and height, then its checksum made anew
        putBigEndian32(png, 20, 65_535);
        var checksum = new CRC32();
        checksum.update(png, 12, 17);
        putBigEndian32(png, 29, (int) checksum.getValue());

        assertRefusedAsTooLarge(png, "65535 x 65535");
    }

    @Test
    void aGifDeclaringFourBillionPixelsIsRefusedFromItsHeader() {
        var gif = encode(picture(64, 48, BufferedImage.TYPE_BYTE_INDEXED), "gif");
        putLittleEndian16(gif, 6, 0xFFFF); // the logical screen
        putLittleEndian16(gif, 8, 0xFFFF);
        var descriptor = firstImageDescriptor(gif); // the first frame's: left, top, width, height
        putLittleEndian16(gif, descriptor + 5, 0xFFFF);
        putLittleEndian16(gif, descriptor + 7, 0xFFFF);

        assertRefusedAsTooLarge(gif, "65535 x 65535");
    }

    @Test
    void aLossyWebPDeclaringTheLargestFrameIsRefusedFromItsHeader() {
        var webp = fixture("photo.webp");
        var frame = indexOf(webp, 0x9D, 0x01, 0x2A); // VP8's start code, then 14-bit width and height
        putLittleEndian16(webp, frame + 3, 0x3FFF);
        putLittleEndian16(webp, frame + 5, 0x3FFF);

        assertRefusedAsTooLarge(webp, "16383 x 16383");
    }

    @Test
    void anExtendedWebPDeclaringAHugeCanvasIsRefusedFromItsHeader() {
        var webp = fixture("transparent.webp");
        assertThat(new String(webp, 12, 4, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("VP8X");
        putLittleEndian24(webp, 24, 65_535 - 1); // the canvas' width and height, less one, 24 bits each
        putLittleEndian24(webp, 27, 65_535 - 1);

        assertRefusedAsTooLarge(webp, "65535 x 65535");
    }

    @Test
    void whatOnlyLooksLikeAWebPIsNotAnImage() {
        var fake = "RIFF\0\0\0\0WEBPVP8 not really".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

        assertThatExceptionOfType(ImageRefused.class)
                .isThrownBy(() -> processor.process(fake, ImageKind.AVATAR))
                .satisfies(
                        refused -> assertThat(refused.getStatusCode().value()).isEqualTo(415));
    }

    private void assertRefusedAsTooLarge(byte[] upload, String declared) {
        var pixels = java.util.Arrays.stream(declared.split(" x "))
                .mapToLong(Long::parseLong)
                .reduce(1, (a, b) -> a * b);
        for (var kind : ImageKind.values()) {
            assertThatExceptionOfType(ImageRefused.class)
                    .isThrownBy(() -> processor.process(upload, kind))
                    .satisfies(refused -> {
                        assertThat(refused.getStatusCode().value()).isEqualTo(413);
                        assertThat(refused.getBody().getType()).isEqualTo(TOO_LARGE);
                        assertThat(refused.getBody().getDetail()).contains(Long.toString(pixels));
                    });
        }
    }

    private static BufferedImage picture(int width, int height, int type) {
        var image = new BufferedImage(width, height, type);
        var graphics = image.createGraphics();
        graphics.setColor(Color.MAGENTA);
        graphics.fillRect(0, 0, width, height);
        graphics.dispose();
        return image;
    }

    private static BufferedImage decode(byte[] jpeg) {
        try {
            return ImageIO.read(new ByteArrayInputStream(jpeg));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where a GIF's first image descriptor starts: past the header, the colour table and any extensions. */
    private static int firstImageDescriptor(byte[] gif) {
        var at = 13;
        if ((gif[10] & 0x80) != 0) {
            at += 3 * (1 << ((gif[10] & 0x07) + 1));
        }
        while ((gif[at] & 0xFF) == 0x21) { // an extension: its label, then sub-blocks up to an empty one
            at += 2;
            while (gif[at] != 0) {
                at += (gif[at] & 0xFF) + 1;
            }
            at++;
        }
        assertThat(gif[at] & 0xFF).isEqualTo(0x2C);
        return at;
    }

    private static int indexOf(byte[] content, int... sequence) {
        for (var start = 0; start + sequence.length <= content.length; start++) {
            var found = true;
            for (var index = 0; index < sequence.length && found; index++) {
                found = (content[start + index] & 0xFF) == sequence[index];
            }
            if (found) {
                return start;
            }
        }
        throw new AssertionError("marker not found");
    }

    private static void putBigEndian16(byte[] content, int at, int value) {
        content[at] = (byte) (value >> 8);
        content[at + 1] = (byte) value;
    }

    private static void putBigEndian32(byte[] content, int at, int value) {
        putBigEndian16(content, at, value >>> 16);
        putBigEndian16(content, at + 2, value & 0xFFFF);
    }

    private static void putLittleEndian16(byte[] content, int at, int value) {
        content[at] = (byte) value;
        content[at + 1] = (byte) (value >> 8);
    }

    private static void putLittleEndian24(byte[] content, int at, int value) {
        putLittleEndian16(content, at, value & 0xFFFF);
        content[at + 2] = (byte) (value >> 16);
    }
}
