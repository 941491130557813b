package com.fakebook.testsupport.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The web client's API types are generated from each service's OpenAPI document, committed as
 * {@code web-client/openapi/<service>.json}. A service's test that runs the application implements this, and
 * fails when the document the service serves at {@code /v3/api-docs} differs from the committed one: the client
 * can't drift from the API. Run with {@code -Dfakebook.openapi.update=true} (as {@code web-client/scripts/update-openapi}
 * does) and it writes the served document instead.
 */
public interface OpenApiDocumentContract {

    /** The property that makes the test write the served document rather than compare it. */
    String UPDATE = "fakebook.openapi.update";

    JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** The document's file name under {@code web-client/openapi/}, without {@code .json}: the service's name. */
    String openApiDocumentName();

    /** The port the application under test listens on. */
    int port();

    @Test
    default void servesTheOpenApiDocumentCommittedForTheWebClient() throws IOException {
        var served = JSON.readTree(fetch(URI.create("http://127.0.0.1:" + port() + "/v3/api-docs")));
        var committed = committedDocument(openApiDocumentName());
        if (Boolean.getBoolean(UPDATE)) {
            Files.createDirectories(committed.getParent());
            Files.writeString(committed, JSON.writeValueAsString(served) + "\n");
        }

        assertThat(committed).as("the committed OpenAPI document").exists();
        assertThat(JSON.readTree(Files.readString(committed)))
                .as(
                        "%s differs from the document the service serves: run web-client/scripts/update-openapi, "
                                + "then rebuild the web client against the new types",
                        committed)
                .isEqualTo(served);
    }

    /** {@code web-client/openapi/<name>.json} in the checkout, found from the module the test runs in. */
    static Path committedDocument(String name) {
        var directory = Path.of("").toAbsolutePath();
        while (directory != null && !Files.isDirectory(directory.resolve("web-client"))) {
            directory = directory.getParent();
        }
        if (directory == null) {
            throw new IllegalStateException(
                    "No web-client/ above " + Path.of("").toAbsolutePath());
        }
        return directory.resolve("web-client/openapi/" + name + ".json");
    }

    private static String fetch(URI uri) {
        try (var http = HttpClient.newHttpClient()) {
            var response = http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("GET %s", uri).isEqualTo(200);
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
