package com.fakebook.profile.images;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Adobe's S3Mock, an S3-compatible server, run as a process of its own (its jar is a Spring Boot application of
 * another Boot version, so it cannot share the test's class path) on free loopback ports, with one empty bucket and
 * its objects in a temporary directory. One per test JVM, started on first use and stopped when the JVM ends.
 * {@code ./mvnw verify} copies the jar to {@code target/s3mock/s3mock.jar} first (system property {@code s3mock.jar}).
 */
final class S3MockServer {

    static final String BUCKET = "fakebook-images";

    private static S3MockServer shared;

    private final Process process;
    private final int port;

    private S3MockServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static synchronized S3MockServer shared() {
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop));
        }
        return shared;
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    private static S3MockServer start() {
        var jar = Path.of(System.getProperty("s3mock.jar", "target/s3mock/s3mock.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(
                    "S3Mock's jar is not at " + jar + ": ./mvnw verify copies it there (pre-integration-test)");
        }
        try {
            var root = Files.createTempDirectory("s3mock-");
            var log = jar.resolveSibling("s3mock.log");
            var java = ProcessHandle.current().info().command().orElse("java");
            var httpPort = freePort();
            var process = new ProcessBuilder(
                            java,
                            "-Xmx256m",
                            "-XX:TieredStopAtLevel=1",
                            "-jar",
                            jar.toString(),
                            "--http.port=" + httpPort,
                            "--server.port=" + freePort(), // its HTTPS port, unused here
                            "--server.address=127.0.0.1",
                            "--com.adobe.testing.s3mock.store.root=" + root,
                            "--com.adobe.testing.s3mock.store.initial-buckets=" + BUCKET,
                            "--com.adobe.testing.s3mock.store.retain-files-on-exit=false")
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            var server = new S3MockServer(process, httpPort);
            await("S3Mock answering on port " + httpPort + " (its log: " + log + ")")
                    .atMost(Duration.ofMinutes(3))
                    .pollInterval(Duration.ofMillis(250))
                    .until(server::answers);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lists the buckets (S3Mock checks no signature); fails at once if the process has ended. */
    private boolean answers() {
        if (!process.isAlive()) {
            throw new IllegalStateException("S3Mock ended with status " + process.exitValue());
        }
        try (var client = HttpClient.newHttpClient()) {
            var response = client.send(
                    HttpRequest.newBuilder(endpoint())
                            .timeout(Duration.ofSeconds(2))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void stop() {
        process.destroy();
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
