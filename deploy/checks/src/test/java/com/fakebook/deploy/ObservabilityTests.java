package com.fakebook.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

/**
 * deploy/observability: the Prometheus configurations valid for Prometheus ({@code promtool} from Debian), and one
 * Grafana dashboard per service of the expected shape, whose every query is valid PromQL, asks only for its own
 * service's series, and shows what an operator of that service needs. That the metrics the queries name exist is
 * proven against the running system by e2e-tests' {@code DashboardMetricsIntegrationTests}.
 */
class ObservabilityTests {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String DASHBOARDS = "deploy/observability/grafana/dashboards/";
    static final List<String> APPS = List.of(
            "auth-service",
            "user-profile-service",
            "friend-service",
            "messaging-service",
            "notification-service",
            "gateway");
    static final Set<String> CONSUMERS =
            Set.of("user-profile-service", "friend-service", "messaging-service", "notification-service");
    static final Set<String> PUBLISHERS =
            Set.of("auth-service", "user-profile-service", "friend-service", "messaging-service");
    /** A metric in a selector: its name right before the braces. */
    static final Pattern SELECTOR = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)\\{([^}]*)}");

    @ParameterizedTest
    @ValueSource(strings = {"compose.yml", "local.yml"})
    void thePrometheusConfigurationsAreValid(String file) {
        Repository.Result result =
                Repository.run(List.of("promtool", "check", "config", "deploy/observability/prometheus/" + file));
        assertThat(result.exitCode())
                .as("promtool: %s%s", result.stdout(), result.stderr())
                .isZero();
    }

    /**
     * Debian's Prometheus is built without Kubernetes service discovery, so its promtool refuses
     * {@code kubernetes_sd_configs}: the rest of the configuration (the relabelling rules and their regexes) is
     * checked with static targets in its place, and the annotations it reads are the ones the manifests set.
     */
    @Test
    @SuppressWarnings("unchecked")
    void theKubernetesScrapeConfigurationIsValidAndReadsTheManifestsAnnotations() throws IOException {
        String text = Repository.read("deploy/observability/prometheus/kubernetes.yml");
        Map<String, Object> config = new Yaml().load(text);
        List<Map<String, Object>> jobs = (List<Map<String, Object>>) config.get("scrape_configs");
        for (Map<String, Object> job : jobs) {
            assertThat(job.remove("kubernetes_sd_configs"))
                    .as("job %s discovers pods", job.get("job_name"))
                    .isNotNull();
            job.put("static_configs", List.of(Map.of("targets", List.of("10.0.0.1:8080"))));
        }
        Path copy = Files.createTempFile("prometheus-kubernetes", ".yml");
        Files.writeString(copy, new Yaml().dump(config));
        Repository.Result result = Repository.run(List.of("promtool", "check", "config", copy.toString()));
        Files.delete(copy);
        assertThat(result.exitCode())
                .as("promtool: %s%s", result.stdout(), result.stderr())
                .isZero();

        assertThat(text)
                .contains("__meta_kubernetes_pod_annotation_prometheus_io_scrape")
                .contains("__meta_kubernetes_pod_annotation_prometheus_io_port")
                .contains("__meta_kubernetes_pod_annotation_prometheus_io_path")
                .contains("__meta_kubernetes_pod_label_app_kubernetes_io_part_of");
        for (String app : APPS) {
            assertThat(Repository.read("deploy/k8s/base/services/" + app + ".yaml"))
                    .as("the scrape annotations of %s", app)
                    .contains("prometheus.io/scrape: \"true\"")
                    .contains("prometheus.io/port: \"" + managementPort(app) + "\"")
                    .contains("prometheus.io/path: /actuator/prometheus");
        }
    }

    @Test
    void composeAndLocalScrapeEveryServiceAndTheGateway() {
        for (String file : List.of("compose.yml", "local.yml")) {
            String config = Repository.read("deploy/observability/prometheus/" + file);
            for (String app : APPS) {
                assertThat(config)
                        .as("%s scrapes %s", file, app)
                        .containsPattern("- (" + app + "|127\\.0\\.0\\.1):" + managementPort(app) + "\\b");
            }
        }
    }

    @Test
    void thereIsOneDashboardPerServiceAndTheGatewayAndNothingElse() throws IOException {
        try (Stream<Path> files = Files.list(Repository.path(DASHBOARDS))) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(
                            APPS.stream().map(app -> app + ".json").toList());
        }
    }

    @ParameterizedTest
    @FieldSource("APPS")
    void eachDashboardHasTheShapeGrafanaLoads(String app) {
        JsonNode dashboard = dashboard(app);
        assertThat(dashboard.path("uid").asText()).isEqualTo("fakebook-" + app);
        assertThat(dashboard.path("title").asText()).contains(app);
        assertThat(dashboard.path("schemaVersion").asInt()).isGreaterThanOrEqualTo(36);
        assertThat(dashboard.has("id")).as("no database id: Grafana gives one").isFalse();
        assertThat(variables(dashboard)).containsKeys("datasource", "instance");
        assertThat(variables(dashboard).get("datasource").path("query").asText())
                .isEqualTo("prometheus");

        Set<Integer> ids = new HashSet<>();
        List<JsonNode> panels = panels(dashboard);
        assertThat(panels).isNotEmpty();
        for (JsonNode panel : dashboard.path("panels")) {
            assertThat(ids.add(panel.path("id").asInt()))
                    .as("panel id %s once", panel.path("id"))
                    .isTrue();
            JsonNode grid = panel.path("gridPos");
            assertThat(grid.path("x").asInt() + grid.path("w").asInt())
                    .as("%s fits in 24 columns", panel.path("title"))
                    .isBetween(1, 24);
            assertThat(grid.path("h").asInt()).isPositive();
        }
        for (JsonNode panel : panels) {
            String title = panel.path("title").asText();
            assertThat(title).isNotBlank();
            assertThat(panel.path("description").asText())
                    .as("what %s shows", title)
                    .isNotBlank();
            assertThat(panel.path("datasource").path("uid").asText()).isEqualTo("${datasource}");
            assertThat(panel.path("targets")).as("queries of %s", title).isNotEmpty();
            for (JsonNode target : panel.path("targets")) {
                assertThat(target.path("refId").asText()).isNotBlank();
                assertThat(target.path("expr").asText())
                        .as("query of %s", title)
                        .isNotBlank();
            }
        }
    }

    @ParameterizedTest
    @FieldSource("APPS")
    void everyQueryAsksForItsOwnServiceOnTheInstancesChosen(String app) {
        for (String expression : expressions(dashboard(app))) {
            Matcher selector = SELECTOR.matcher(expression);
            int selectors = 0;
            while (selector.find()) {
                selectors++;
                assertThat(selector.group(2))
                        .as("%s in %s", selector.group(1), expression)
                        .contains("application=\"" + app + "\"")
                        .contains("instance=~\"$instance\"");
            }
            assertThat(selectors).as("metrics named in %s", expression).isPositive();
        }
    }

    @ParameterizedTest
    @FieldSource("APPS")
    void eachDashboardShowsWhatItsServiceDoes(String app) {
        Set<String> metrics = metricNames(dashboard(app));
        assertThat(metrics)
                .as("HTTP rate, latency and heap")
                .contains(
                        "http_server_requests_seconds_count",
                        "http_server_requests_seconds_bucket",
                        "jvm_memory_used_bytes");
        assertThat(String.join("\n", expressions(dashboard(app))))
                .contains("histogram_quantile(0.5,")
                .contains("histogram_quantile(0.99,");
        assertThat(metrics.contains("kafka_consumer_fetch_manager_records_lag"))
                .as("Kafka lag on %s", app)
                .isEqualTo(CONSUMERS.contains(app));
        assertThat(metrics.contains("fakebook_outbox_publications_incomplete"))
                .as("outbox backlog on %s", app)
                .isEqualTo(PUBLISHERS.contains(app));
        assertThat(metrics.contains("fakebook_messaging_sockets_open"))
                .as("chat sockets on %s", app)
                .isEqualTo(app.equals("messaging-service"));
        assertThat(metrics.contains("fakebook_notification_streams_open"))
                .as("notification streams on %s", app)
                .isEqualTo(app.equals("notification-service"));
        if (app.equals("gateway")) {
            assertThat(metrics)
                    .contains("spring_cloud_gateway_requests_seconds_bucket", "resilience4j_circuitbreaker_state");
        }
    }

    /** Every query as Prometheus would run it once Grafana filled in its variables: a rule file promtool checks. */
    @Test
    void everyQueryIsValidPromQl() throws IOException {
        StringBuilder rules = new StringBuilder("groups:\n  - name: dashboards\n    rules:\n");
        int count = 0;
        for (String app : APPS) {
            for (String expression : expressions(dashboard(app))) {
                String filled = expression.replace("$__rate_interval", "1m").replace("$instance", ".*");
                rules.append("      - record: dashboard:query_")
                        .append(count++)
                        .append("\n        expr: ")
                        .append(JSON.writeValueAsString(filled))
                        .append('\n');
            }
        }
        Path file = Files.createTempFile("dashboard-queries", ".yml");
        Files.writeString(file, rules);
        Repository.Result result = Repository.run(List.of("promtool", "check", "rules", file.toString()));
        Files.delete(file);
        assertThat(result.exitCode())
                .as("promtool: %s%s", result.stdout(), result.stderr())
                .isZero();
        assertThat(result.stdout()).contains(count + " rules found");
    }

    @Test
    void composeMountsTheDashboardsAndTheConfigurationItsPrometheusAndGrafanaRead() {
        String compose = Repository.read("deploy/docker-compose.yml");
        assertThat(compose)
                .contains("./observability/prometheus/compose.yml:/etc/prometheus/prometheus.yml:ro")
                .contains("./observability/grafana/dashboards:/etc/grafana/dashboards/fakebook:ro");
        assertThat(Repository.read("deploy/observability/grafana/provisioning/dashboards/fakebook.yaml"))
                .contains("path: /etc/grafana/dashboards/fakebook");
        assertThat(Repository.read("deploy/observability/grafana/provisioning/datasources/prometheus.yaml"))
                .contains("url: http://prometheus:9090");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theClusterGetsEveryDashboardAsALabelledConfigMap() {
        Repository.Result rendered =
                Repository.run(List.of(Repository.kubectl(), "kustomize", "deploy/k8s/overlays/prod"));
        assertThat(rendered.exitCode()).as(rendered.stderr()).isZero();
        Map<String, Object> configMap = null;
        for (Object object : new Yaml().loadAll(rendered.stdout())) {
            Map<String, Object> map = (Map<String, Object>) object;
            Map<String, Object> metadata = (Map<String, Object>) map.get("metadata");
            if ("ConfigMap".equals(map.get("kind")) && "fakebook-dashboards".equals(metadata.get("name"))) {
                configMap = map;
            }
        }
        assertThat(configMap).as("ConfigMap fakebook-dashboards").isNotNull();
        Map<String, Object> metadata = (Map<String, Object>) configMap.get("metadata");
        assertThat((Map<String, Object>) metadata.get("labels")).containsEntry("grafana_dashboard", "1");
        Map<String, Object> data = (Map<String, Object>) configMap.get("data");
        for (String app : APPS) {
            assertThat(data.get(app + ".json")).as(app).isEqualTo(Repository.read(DASHBOARDS + app + ".json"));
        }
    }

    /** The metric names a dashboard's queries and variables use (what the running services must expose). */
    static Set<String> metricNames(JsonNode dashboard) {
        Set<String> names = new HashSet<>();
        for (String expression : expressions(dashboard)) {
            Matcher selector = SELECTOR.matcher(expression);
            while (selector.find()) {
                names.add(selector.group(1));
            }
        }
        return names;
    }

    private static List<String> expressions(JsonNode dashboard) {
        List<String> expressions = new ArrayList<>();
        for (JsonNode panel : panels(dashboard)) {
            panel.path("targets")
                    .forEach(target -> expressions.add(target.path("expr").asText()));
        }
        return expressions;
    }

    /** The panels that draw something (rows only group them). */
    private static List<JsonNode> panels(JsonNode dashboard) {
        List<JsonNode> panels = new ArrayList<>();
        dashboard.path("panels").forEach(panel -> {
            if (!panel.path("type").asText().equals("row")) {
                panels.add(panel);
            }
        });
        return panels;
    }

    private static Map<String, JsonNode> variables(JsonNode dashboard) {
        Map<String, JsonNode> variables = new LinkedHashMap<>();
        dashboard
                .path("templating")
                .path("list")
                .forEach(v -> variables.put(v.path("name").asText(), v));
        return variables;
    }

    private static JsonNode dashboard(String app) {
        try {
            return JSON.readTree(Repository.read(DASHBOARDS + app + ".json"));
        } catch (IOException e) {
            throw new IllegalStateException(app + ".json is not JSON", e);
        }
    }

    /** Where Prometheus finds an application's metrics: the gateway's management port, else the service's own. */
    private static int managementPort(String app) {
        return switch (app) {
            case "auth-service" -> 8081;
            case "user-profile-service" -> 8082;
            case "friend-service" -> 8083;
            case "messaging-service" -> 8084;
            case "notification-service" -> 8085;
            default -> 8090;
        };
    }
}
