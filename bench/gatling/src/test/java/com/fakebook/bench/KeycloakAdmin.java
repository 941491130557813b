package com.fakebook.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * The few calls of Keycloak's admin REST API the benchmarks need, made as auth-service's service account (which
 * may manage the realm's users and nothing else): make verified users, mark users verified, find and delete them.
 * Its secret comes from the environment or from deploy/local's {@code secrets.env}, as the services get it.
 */
final class KeycloakAdmin {

    private static final String REALM = "fakebook";
    private static final String CLIENT_ID = "fakebook-auth-service";
    private static final String SECRET_KEY = "FAKEBOOK_AUTH_ADMIN_CLIENT_SECRET";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final int PAGE = 500;

    private final String keycloakUrl;
    private final String clientSecret;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final ObjectMapper json = new ObjectMapper();
    private String token = "";
    private Instant tokenRenewal = Instant.MIN;

    private KeycloakAdmin(String keycloakUrl, String clientSecret) {
        this.keycloakUrl = keycloakUrl;
        this.clientSecret = clientSecret;
    }

    static KeycloakAdmin connect(String keycloakUrl) {
        return new KeycloakAdmin(keycloakUrl, localSecret(SECRET_KEY));
    }

    /** A user as the benchmarks see it. */
    record User(UUID id, String email, boolean emailVerified) {}

    /** Makes an enabled user with a verified address and this password; returns its id. */
    UUID createVerifiedUser(String email, String password) {
        var user = Map.of(
                "username",
                email,
                "email",
                email,
                "enabled",
                true,
                "emailVerified",
                true,
                "credentials",
                List.of(Map.of("type", "password", "value", password, "temporary", false)));
        var response =
                send(admin("/users").header("Content-Type", "application/json").POST(jsonBody(user)));
        if (response.statusCode() != 201) {
            throw new IllegalStateException(
                    "Keycloak refused user " + email + ": " + response.statusCode() + " " + response.body());
        }
        var location = response.headers().firstValue("Location").orElseThrow();
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    /** Marks the address verified and drops the pending verify-email action, as if the person followed the link. */
    void markVerified(UUID id) {
        var response = send(admin("/users/" + id)
                .header("Content-Type", "application/json")
                .PUT(jsonBody(Map.of("emailVerified", true, "requiredActions", List.of()))));
        if (response.statusCode() != 204) {
            throw new IllegalStateException(
                    "Keycloak refused to verify " + id + ": " + response.statusCode() + " " + response.body());
        }
    }

    /** Deletes the user; false when there was none. */
    boolean delete(UUID id) {
        var status = send(admin("/users/" + id).DELETE()).statusCode();
        if (status != 204 && status != 404) {
            throw new IllegalStateException("Keycloak refused to delete " + id + ": " + status);
        }
        return status == 204;
    }

    /** Every user whose address starts with {@code prefix} (Keycloak's search is by prefix of username or email). */
    List<User> usersStartingWith(String prefix) {
        var found = new ArrayList<User>();
        for (var first = 0; ; first += PAGE) {
            var response = send(admin("/users?briefRepresentation=true&max=" + PAGE + "&first=" + first + "&search="
                            + URLEncoder.encode(prefix, StandardCharsets.UTF_8))
                    .GET());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak user search failed: " + response.statusCode());
            }
            var page = read(response.body());
            for (var user : page) {
                var email = user.path("email").asText("");
                if (email.startsWith(prefix)) {
                    found.add(new User(
                            UUID.fromString(user.path("id").asText()),
                            email,
                            user.path("emailVerified").asBoolean()));
                }
            }
            if (page.size() < PAGE) {
                return found;
            }
        }
    }

    /** Runs {@code call} for every item on a few threads (the admin API answers one call per request). */
    static <T, R> List<R> inParallel(List<T> items, Function<T, R> call) {
        try (var pool = Executors.newFixedThreadPool(4)) {
            var futures = new ArrayList<Future<R>>();
            for (var item : items) {
                futures.add(pool.submit((Callable<R>) () -> call.apply(item)));
            }
            var results = new ArrayList<R>();
            for (var future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private HttpRequest.Builder admin(String path) {
        return HttpRequest.newBuilder(URI.create(keycloakUrl + "/admin/realms/" + REALM + path))
                .timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token());
    }

    private synchronized String token() {
        if (Instant.now().isAfter(tokenRenewal)) {
            var form = "grant_type=client_credentials&client_id=" + CLIENT_ID + "&client_secret="
                    + URLEncoder.encode(clientSecret, StandardCharsets.UTF_8);
            var response = send(HttpRequest.newBuilder(
                            URI.create(keycloakUrl + "/realms/" + REALM + "/protocol/openid-connect/token"))
                    .timeout(TIMEOUT)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)));
            if (response.statusCode() != 200) {
                throw new IllegalStateException("no admin token from Keycloak: " + response.statusCode());
            }
            var body = read(response.body());
            token = body.path("access_token").asText();
            // Renewed well before it expires, so no call goes out with a token about to lapse.
            tokenRenewal = Instant.now()
                    .plusSeconds(Math.max(5, body.path("expires_in").asLong() / 2));
        }
        return token;
    }

    private HttpRequest.BodyPublisher jsonBody(Object value) {
        try {
            return HttpRequest.BodyPublishers.ofString(json.writeValueAsString(value));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode read(String body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A deploy/local secret: the environment's value, else the line of {@code $FAKEBOOK_HOME/secrets.env}. */
    static String localSecret(String key) {
        return Optional.ofNullable(System.getenv(key))
                .or(() -> secretsFileLine(key))
                .orElseThrow(() -> new IllegalStateException(key + " not found: run deploy/local/up once"));
    }

    private static Optional<String> secretsFileLine(String key) {
        var home = Optional.ofNullable(System.getenv("FAKEBOOK_HOME"))
                .map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("user.home"), ".fakebook"));
        var file = home.resolve("secrets.env");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (var lines = Files.lines(file)) {
            return lines.filter(line -> line.startsWith(key + "="))
                    .map(line -> line.substring(key.length() + 1).trim())
                    .findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
