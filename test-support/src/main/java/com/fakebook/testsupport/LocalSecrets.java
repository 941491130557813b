package com.fakebook.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The secrets deploy/local generated for this machine ({@code $FAKEBOOK_HOME/secrets.env}, by default
 * {@code ~/.fakebook/secrets.env}); an environment variable of the same name wins, as it does for the services.
 */
public final class LocalSecrets {

    private LocalSecrets() {}

    public static String get(String key) {
        return find(key)
                .orElseThrow(() -> new IllegalStateException(
                        key + " is neither in the environment nor in " + file() + ": run deploy/local/up once"));
    }

    public static Optional<String> find(String key) {
        return Optional.ofNullable(System.getenv(key))
                .or(() -> Optional.ofNullable(fromFile().get(key)));
    }

    /** Every secret of the file, for tests that resolve {@code ${KEY}} placeholders in application properties. */
    public static Map<String, String> fromFile() {
        var file = file();
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        try {
            var secrets = new LinkedHashMap<String, String>();
            for (var line : Files.readAllLines(file)) {
                var separator = line.indexOf('=');
                if (!line.startsWith("#") && separator > 0) {
                    secrets.put(
                            line.substring(0, separator).trim(),
                            line.substring(separator + 1).trim());
                }
            }
            return secrets;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path file() {
        var home = Optional.ofNullable(System.getenv("FAKEBOOK_HOME"))
                .map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("user.home"), ".fakebook"));
        return home.resolve("secrets.env");
    }
}
