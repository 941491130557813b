package com.fakebook.profile.images;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * A 12-megapixel avatar upload as user-profile-service processes it (bench/profiles runs this, issue #5): the
 * service's own ImageProcessor on a 4000 × 3000 JPEG of a camera photo's size, in this JVM alone.
 *
 * <pre>
 * ImageProcessingBench make FILE                 draws the photo (gradients and noise, so it compresses like one)
 * ImageProcessingBench time FILE WARMUP RUNS     prints the wall time and bytes allocated of each measured run
 * ImageProcessingBench fits FILE RUNS            exits 0 if RUNS uploads are processed within this JVM's -Xmx
 * </pre>
 */
public final class ImageProcessingBench {

    public static void main(String[] arguments) throws Exception {
        var file = Path.of(arguments[1]);
        switch (arguments[0]) {
            case "make" -> Files.write(file, photo(4000, 3000));
            case "time" -> time(Files.readAllBytes(file), Integer.parseInt(arguments[2]), Integer.parseInt(arguments[3]));
            case "fits" -> fits(Files.readAllBytes(file), Integer.parseInt(arguments[2]));
            default -> throw new IllegalArgumentException(arguments[0]);
        }
    }

    private static void time(byte[] upload, int warmUp, int runs) {
        var processor = new ImageProcessor();
        for (var run = 0; run < warmUp; run++) {
            processor.process(upload, ImageKind.AVATAR);
        }
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        var self = Thread.currentThread().threadId();
        var millis = new double[runs];
        var allocated = new long[runs];
        for (var run = 0; run < runs; run++) {
            var bytesBefore = threads.getThreadAllocatedBytes(self);
            var started = System.nanoTime();
            processor.process(upload, ImageKind.AVATAR);
            millis[run] = (System.nanoTime() - started) / 1e6;
            allocated[run] = threads.getThreadAllocatedBytes(self) - bytesBefore;
        }
        Arrays.sort(millis);
        Arrays.sort(allocated);
        System.out.println(String.format(
                Locale.ROOT,
                "BENCH avatar upload_bytes=%d runs=%d p50_ms=%.0f max_ms=%.0f min_ms=%.0f allocated_mib=%.0f",
                upload.length,
                runs,
                millis[runs / 2],
                millis[runs - 1],
                millis[0],
                allocated[runs / 2] / 1048576.0));
    }

    private static void fits(byte[] upload, int runs) {
        var processor = new ImageProcessor();
        try {
            for (var run = 0; run < runs; run++) {
                processor.process(upload, ImageKind.AVATAR);
            }
        } catch (OutOfMemoryError e) {
            System.exit(3);
        }
    }

    /** A photo-like picture: soft gradients, a few shapes and sensor-like noise, as a JPEG of quality 0.9. */
    private static byte[] photo(int width, int height) throws Exception {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setPaint(new GradientPaint(0, 0, new Color(40, 90, 160), width, height, new Color(230, 190, 120)));
        graphics.fillRect(0, 0, width, height);
        var random = new Random(12);
        for (var shape = 0; shape < 60; shape++) {
            graphics.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256), 120));
            graphics.fillOval(random.nextInt(width), random.nextInt(height), 100 + random.nextInt(900), 100 + random.nextInt(900));
        }
        graphics.dispose();
        for (var y = 0; y < height; y++) {
            for (var x = 0; x < width; x++) {
                var rgb = image.getRGB(x, y);
                var noise = random.nextInt(17) - 8;
                var r = clamp(((rgb >> 16) & 0xFF) + noise);
                var g = clamp(((rgb >> 8) & 0xFF) + noise);
                var b = clamp((rgb & 0xFF) + noise);
                image.setRGB(x, y, (r << 16) | (g << 8) | b);
            }
        }
        var writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        var bytes = new ByteArrayOutputStream();
        try (var output = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(output);
            var parameters = writer.getDefaultWriteParam();
            parameters.setCompressionMode(javax.imageio.ImageWriteParam.MODE_EXPLICIT);
            parameters.setCompressionQuality(0.9f);
            writer.write(null, new javax.imageio.IIOImage(image, null, null), parameters);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static int clamp(int value) {
        return Math.max(0, Math.min(255, value));
    }
}
