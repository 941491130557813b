package com.fakebook.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** deploy/docker-compose.yml: valid for Compose, and every part of the system healthy before what needs it starts. */
class ComposeTests {

    private static final Set<String> ONE_SHOT_OR_OPTIONAL = Set.of("kafka-topics", "otel-collector", "zipkin");

    @Test
    void isAValidComposeFile() {
        Repository.Result result = Repository.run(List.of(
                "docker-compose",
                "--env-file",
                "deploy/.env.example",
                "-f",
                "deploy/docker-compose.yml",
                "config",
                "-q"));
        assertThat(result.exitCode())
                .as("docker-compose config: %s", result.stderr())
                .isZero();
    }

    @Test
    void keepsTheDeployYamlLintClean() {
        Repository.Result result = Repository.run(List.of(
                "yamllint",
                "-f",
                "parsable",
                "-c",
                "deploy/.yamllint.yaml",
                "deploy/docker-compose.yml",
                "deploy/k8s"));
        assertThat(result.exitCode()).as("yamllint: %s", result.stdout()).isZero();
    }

    @Test
    void checksTheHealthOfEveryLongRunningPart() {
        services().forEach((name, service) -> {
            if (!ONE_SHOT_OR_OPTIONAL.contains(name)) {
                assertThat(service).as("healthcheck of %s", name).containsKey("healthcheck");
            }
        });
    }

    @Test
    void startsEachPartOnlyOnceWhatItNeedsIsHealthy() {
        services().forEach((name, service) -> {
            Object dependsOn = service.get("depends_on");
            if (dependsOn == null) {
                return;
            }
            assertThat(dependsOn).as("depends_on of %s names conditions", name).isInstanceOf(Map.class);
            ((Map<?, ?>) dependsOn)
                    .forEach((dependency, condition) -> assertThat(((Map<?, ?>) condition).get("condition"))
                            .as("%s waits for %s", name, dependency)
                            .isIn("service_healthy", "service_completed_successfully"));
        });
    }

    @Test
    void runsEveryServiceAndTheGatewayFromTheImageOfItsModule() {
        Map<String, Integer> ports = Map.of(
                "auth-service", 8081,
                "user-profile-service", 8082,
                "friend-service", 8083,
                "messaging-service", 8084,
                "notification-service", 8085,
                "gateway", 8080);
        ports.forEach((module, port) -> {
            Map<String, Object> service = services().get(module);
            assertThat(service).as(module).isNotNull();
            Map<?, ?> build = (Map<?, ?>) service.get("build");
            assertThat(build.get("dockerfile")).isEqualTo("deploy/docker/Dockerfile");
            Map<?, ?> args = (Map<?, ?>) build.get("args");
            assertThat(args.get("SERVICE")).isEqualTo(module);
            assertThat(args.get("PORT")).isEqualTo(port);
            assertThat(Repository.read(module + "/src/main/resources/application.yaml"))
                    .as("the port of %s", module)
                    .contains("port: " + port);
            assertThat(service.get("read_only"))
                    .as("%s has a read-only root", module)
                    .isEqualTo(true);
        });
    }

    @Test
    void takesEverySecretFromTheEnvironmentFile() {
        services().forEach((name, service) -> {
            if (service.get("environment") instanceof Map<?, ?> environment) {
                environment.forEach((key, value) -> {
                    if (key.toString().matches(".*(PASSWORD|SECRET).*")) {
                        assertThat(String.valueOf(value))
                                .as("%s of %s", key, name)
                                .startsWith("${");
                    }
                });
            }
        });
        assertThat(Repository.read("deploy/.env.example")).doesNotContainPattern("(PASSWORD|SECRET)=(?!CHANGE-ME)");
    }

    @Test
    void pinsEveryImageToARelease() {
        services()
                .forEach((name, service) -> assertThat(String.valueOf(service.get("image")))
                        .as("image of %s", name)
                        .matches(".+:(v?\\d|\\$\\{FAKEBOOK_VERSION).*")
                        .doesNotContain(":latest"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> services() {
        Map<String, Object> compose = new Yaml().load(Repository.read("deploy/docker-compose.yml"));
        return (Map<String, Map<String, Object>>) compose.get("services");
    }
}
