package com.fakebook.profile.images;

import java.awt.Color;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.springframework.stereotype.Component;

/**
 * Turns an upload into the sizes of an image kind. The format is read from the content's first bytes (never from
 * the name or the declared type); the dimensions are read from the header before any pixel is decoded, so a small
 * file that would decode to gigabytes (a decompression bomb) is refused first. Only the pixels go on: every size is
 * drawn anew and encoded as a fresh JPEG, so no metadata (EXIF, GPS), comment or appended payload survives.
 */
@Component
class ImageProcessor {

    /** 40 megapixels: more than any phone camera, far less than a bomb. */
    static final long MAX_PIXELS = 40_000_000L;

    private static final float QUALITY = 0.85f;

    ImageProcessor() {
        // ImageIO finds readers from libraries (WebP's) once, through the class loader of the thread that first
        // uses it; in the packaged application that may not be the one that sees the application's libraries.
        ImageIO.scanForPlugins();
    }

    ProcessedImage process(byte[] upload, ImageKind kind) {
        var picture = decode(upload);
        var sizes = new LinkedHashMap<Integer, byte[]>();
        for (var width : kind.widths()) {
            sizes.put(width, jpeg(fit(picture, width, (int) Math.round(width / kind.aspect()))));
        }
        var largest = sizes.get(kind.widths().getLast());
        return new ProcessedImage(hashOf(largest), Map.copyOf(sizes));
    }

    private static BufferedImage decode(byte[] upload) {
        var format = ImageFormats.of(upload).orElseThrow(ImageRefused::notAnImage);
        try (var input = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            var readers = ImageIO.getImageReadersByFormatName(format);
            if (input == null || !readers.hasNext()) {
                throw ImageRefused.notAnImage();
            }
            var reader = readers.next();
            try {
                reader.setInput(input, true, true);
                var pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_PIXELS) {
                    throw ImageRefused.tooManyPixels(pixels, MAX_PIXELS);
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImageRefused refused) {
                throw refused;
            }
            throw ImageRefused.notAnImage();
        }
    }

    /** Crops the middle of the picture to the target's shape and scales it, on white (JPEG has no transparency). */
    private static BufferedImage fit(BufferedImage picture, int width, int height) {
        var sourceAspect = (double) picture.getWidth() / picture.getHeight();
        var targetAspect = (double) width / height;
        int cropWidth = picture.getWidth();
        int cropHeight = picture.getHeight();
        if (sourceAspect > targetAspect) {
            cropWidth = (int) Math.round(picture.getHeight() * targetAspect);
        } else {
            cropHeight = (int) Math.round(picture.getWidth() / targetAspect);
        }
        var cropped = picture.getSubimage(
                (picture.getWidth() - cropWidth) / 2, (picture.getHeight() - cropHeight) / 2, cropWidth, cropHeight);
        var current = cropped;
        // Halving step by step keeps detail that one big bicubic step would alias away.
        while (current.getWidth() / 2 >= width && current.getHeight() / 2 >= height) {
            current = draw(current, current.getWidth() / 2, current.getHeight() / 2);
        }
        return draw(current, width, height);
    }

    private static BufferedImage draw(BufferedImage source, int width, int height) {
        var target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var graphics = target.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, width, height);
            graphics.drawImage(source, 0, 0, width, height, null);
        } finally {
            graphics.dispose();
        }
        return target;
    }

    private static byte[] jpeg(BufferedImage image) {
        var writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        var bytes = new ByteArrayOutputStream();
        try (var output = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(output);
            var parameters = writer.getDefaultWriteParam();
            parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            parameters.setCompressionQuality(QUALITY);
            writer.write(null, new IIOImage(image, null, null), parameters);
        } catch (IOException e) {
            throw new IllegalStateException("JPEG encoding failed", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static String hashOf(byte[] content) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(content);
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
