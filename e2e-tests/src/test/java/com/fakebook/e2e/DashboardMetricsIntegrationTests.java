package com.fakebook.e2e;

import static com.fakebook.e2e.People.JSON;
import static com.fakebook.e2e.People.PATIENCE;
import static com.fakebook.e2e.People.arrive;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fakebook.testsupport.keycloak.KeycloakTestUsers;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * The dashboards are honest: every metric their queries name (deploy/observability/grafana/dashboards) is in the
 * running service's {@code /actuator/prometheus}, under that service's {@code application} label. Some series
 * appear only once something happened (a request through a route, an event consumed), so a person arrives through
 * the gateway first, which sends requests along and makes every consuming service handle an account event.
 */
class DashboardMetricsIntegrationTests {

    static final HttpClient HTTP = HttpClient.newHttpClient();
    /** Where each application's metrics are: the gateway on its management port, the services on their own. */
    static final Map<String, URI> SCRAPES = Map.of(
            "auth-service", URI.create("http://127.0.0.1:8081/actuator/prometheus"),
            "user-profile-service", URI.create("http://127.0.0.1:8082/actuator/prometheus"),
            "friend-service", URI.create("http://127.0.0.1:8083/actuator/prometheus"),
            "messaging-service", URI.create("http://127.0.0.1:8084/actuator/prometheus"),
            "notification-service", URI.create("http://127.0.0.1:8085/actuator/prometheus"),
            "gateway", URI.create("http://127.0.0.1:8090/actuator/prometheus"));
    /** A metric in a PromQL selector: the name right before the braces. */
    static final Pattern SELECTOR = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)\\{");

    static KeycloakTestUsers users;

    @BeforeAll
    static void somethingHappens() {
        users = KeycloakTestUsers.connect();
        arrive(users.create());
    }

    @AfterAll
    static void removeUsers() {
        users.close();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "auth-service",
                "user-profile-service",
                "friend-service",
                "messaging-service",
                "notification-service",
                "gateway"
            })
    void everyMetricTheDashboardNamesIsExposedByItsService(String app) throws IOException {
        var named = metricsNamedIn(dashboard(app));
        assertThat(named).as("metrics in %s's dashboard", app).isNotEmpty();

        await().atMost(PATIENCE)
                .pollInterval(Duration.ofSeconds(2))
                .untilAsserted(() -> assertThat(missing(named, app, scrape(app)))
                        .as("named in %s's dashboard, absent from its /actuator/prometheus", app)
                        .isEmpty());
    }

    /** The names no series of this application carries in the scrape. */
    private static Set<String> missing(Set<String> named, String app, String scrape) {
        var missing = new TreeSet<String>();
        for (var name : named) {
            var series = Pattern.compile(
                    "^" + Pattern.quote(name) + "\\{[^}]*application=\"" + Pattern.quote(app) + "\"",
                    Pattern.MULTILINE);
            if (!series.matcher(scrape).find()) {
                missing.add(name);
            }
        }
        return missing;
    }

    /** The metrics the panels' queries and the variables' queries name. */
    private static Set<String> metricsNamedIn(JsonNode dashboard) {
        var queries = new StringBuilder();
        dashboard
                .path("panels")
                .forEach(panel -> panel.path("targets")
                        .forEach(target ->
                                queries.append(target.path("expr").asString()).append('\n')));
        dashboard
                .path("templating")
                .path("list")
                .forEach(variable -> queries.append(
                                variable.path("query").path("query").asString(""))
                        .append('\n'));
        var names = new TreeSet<String>();
        var selector = SELECTOR.matcher(queries);
        while (selector.find()) {
            names.add(selector.group(1));
        }
        return names;
    }

    private static String scrape(String app) throws IOException, InterruptedException {
        var response =
                HTTP.send(HttpRequest.newBuilder(SCRAPES.get(app)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("%s's /actuator/prometheus", app).isEqualTo(200);
        return response.body();
    }

    private static JsonNode dashboard(String app) throws IOException {
        var directory = Path.of("").toAbsolutePath();
        while (directory != null && !Files.isDirectory(directory.resolve("deploy/observability"))) {
            directory = directory.getParent();
        }
        assertThat(directory)
                .as("the repository above %s", Path.of("").toAbsolutePath())
                .isNotNull();
        return JSON.readTree(
                Files.readString(directory.resolve("deploy/observability/grafana/dashboards/" + app + ".json")));
    }
}
