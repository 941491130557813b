package com.fakebook.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

/** deploy/k8s as `kubectl kustomize` renders each overlay: valid objects, and the rules the design sets. */
@SuppressWarnings("unchecked")
class KubernetesManifestsTests {

    private static final List<String> APPS = List.of(
            "auth-service",
            "user-profile-service",
            "friend-service",
            "messaging-service",
            "notification-service",
            "gateway");

    private static final Map<String, List<Map<String, Object>>> RENDERED = new ConcurrentHashMap<>();

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void rendersOnlyObjectsValidForTheirKind(String overlay) {
        List<String> problems = new ArrayList<>();
        render(overlay).forEach(object -> problems.addAll(ManifestValidator.problems(object)));
        assertThat(problems).isEmpty();
    }

    @Test
    void refusesAMisspeltFieldAnywhere() {
        Map<String, Object> deployment = copy(find(render("dev"), "Deployment", "friend-service"));
        Map<String, Object> podSpec = at(deployment, "spec", "template", "spec");
        podSpec.put("contianers", podSpec.remove("containers"));
        assertThat(ManifestValidator.problems(deployment))
                .singleElement()
                .asString()
                .contains("contianers");

        Map<String, Object> probe = copy(find(render("dev"), "Deployment", "gateway"));
        Map<String, Object> container = (Map<String, Object>)
                ((List<?>) at(probe, "spec", "template", "spec").get("containers")).getFirst();
        ((Map<String, Object>) container.get("readinessProbe")).put("initialDelaySecond", 5);
        assertThat(ManifestValidator.problems(probe)).singleElement().asString().contains("initialDelaySecond");

        Map<String, Object> topic = copy(find(render("dev"), "KafkaTopic", "fakebook.account.v1"));
        at(topic, "spec").put("partiton", 3);
        assertThat(ManifestValidator.problems(topic)).singleElement().asString().contains("partiton");

        Map<String, Object> database = copy(find(render("dev"), "Cluster", "auth-db"));
        at(database, "spec").put("instance", at(database, "spec").remove("instances"));
        assertThat(ManifestValidator.problems(database))
                .anySatisfy(problem -> assertThat(problem).contains("instance"));

        Map<String, Object> keycloak = copy(find(render("dev"), "Keycloak", "keycloak"));
        at(keycloak, "spec", "db").put("passwordSecert", Map.of("name", "x", "key", "y"));
        assertThat(ManifestValidator.problems(keycloak))
                .singleElement()
                .asString()
                .contains("passwordSecert");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void probesSizesAndLocksDownEveryServiceAndTheGateway(String overlay) {
        for (String app : APPS) {
            Map<String, Object> podSpec = at(find(render(overlay), "Deployment", app), "spec", "template", "spec");
            assertThat(at(podSpec, "securityContext")).containsEntry("runAsNonRoot", true);
            Map<String, Object> container = (Map<String, Object>) ((List<?>) podSpec.get("containers")).getFirst();
            assertThat(container).as(app).containsKeys("startupProbe", "livenessProbe", "readinessProbe");
            assertThat(at(container, "resources", "requests")).as(app).containsKeys("cpu", "memory");
            assertThat(at(container, "resources", "limits")).as(app).containsKey("memory");
            assertThat(at(container, "securityContext"))
                    .containsEntry("readOnlyRootFilesystem", true)
                    .containsEntry("allowPrivilegeEscalation", false);
            for (Object item : (List<?>) container.get("env")) {
                Map<String, Object> variable = (Map<String, Object>) item;
                if (variable.get("name").toString().matches(".*(PASSWORD|SECRET).*")) {
                    assertThat(variable).as("%s %s", app, variable.get("name")).doesNotContainKey("value");
                    assertThat(at(variable, "valueFrom")).containsKey("secretKeyRef");
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void givesEveryServiceADisruptionBudgetAnAutoscalerAndANetworkPolicy(String overlay) {
        for (String app : APPS) {
            assertThat(at(find(render(overlay), "PodDisruptionBudget", app), "spec"))
                    .containsKey("maxUnavailable");
            assertThat(at(find(render(overlay), "HorizontalPodAutoscaler", app), "spec", "scaleTargetRef"))
                    .containsEntry("name", app);
            assertThat(at(find(render(overlay), "NetworkPolicy", app), "spec", "podSelector", "matchLabels"))
                    .containsEntry("app.kubernetes.io/name", app);
        }
        assertThat(at(find(render(overlay), "NetworkPolicy", "default-deny-ingress"), "spec", "podSelector"))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void letsOnlyTheGatewayAndTheLoginPagesInFromOutside(String overlay) {
        Set<Object> reachableFromIngress = new HashSet<>();
        for (Map<String, Object> policy : ofKind(render(overlay), "NetworkPolicy")) {
            Object ingress = at(policy, "spec").get("ingress");
            if (ingress != null && ingress.toString().contains("kubernetes.io/metadata.name=ingress-nginx")) {
                reachableFromIngress.add(at(policy, "spec", "podSelector", "matchLabels"));
            }
        }
        assertThat(reachableFromIngress)
                .containsExactlyInAnyOrder(
                        Map.of("app.kubernetes.io/name", "gateway"),
                        Map.of("app", "keycloak", "app.kubernetes.io/managed-by", "keycloak-operator"));
        Map<String, Object> ingress = find(render(overlay), "Ingress", "fakebook");
        assertThat(ingress.toString()).contains("name=gateway").contains("name=keycloak-service");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void makesEveryTopicOfTheEventsPageAndItsDeadLetterTopic(String overlay) {
        Matcher matcher = Pattern.compile("`(fakebook\\.\\w+\\.v\\d+)`").matcher(Repository.read("docs/events.md"));
        Set<String> expected = new HashSet<>();
        while (matcher.find()) {
            expected.add(matcher.group(1));
            expected.add(matcher.group(1) + "-dlt");
        }
        Set<String> topics = ofKind(render(overlay), "KafkaTopic").stream()
                .map(topic -> at(topic, "metadata").get("name").toString())
                .collect(Collectors.toSet());
        assertThat(topics).hasSize(8).isEqualTo(expected);
    }

    @Test
    void importsTheSameRealmAsTheLocalRuntime() throws Exception {
        Object realm = at(find(render("dev"), "KeycloakRealmImport", "fakebook"), "spec")
                .get("realm");
        Object file = new ObjectMapper().readValue(Repository.read("deploy/keycloak/realm-fakebook.json"), Map.class);
        assertThat(realm)
                .as("deploy/k8s/base/keycloak-realm-import.yaml is stale: run deploy/k8s/generate-realm-import")
                .isEqualTo(file);
    }

    @Test
    void keepsSecretsOutOfTheProductionOverlay() {
        assertThat(ofKind(render("prod"), "Secret")).isEmpty();
    }

    @Test
    void generatesOnlyObviouslyFakeSecretsForDevelopment() {
        for (Map<String, Object> secret : ofKind(render("dev"), "Secret")) {
            ((Map<?, ?>) secret.get("data")).forEach((key, value) -> {
                String decoded = new String(Base64.getDecoder().decode(value.toString()));
                if (key.toString().contains("secret") || key.toString().contains("password")) {
                    assertThat(decoded).as("%s", key).startsWith("dev-only-");
                }
            });
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void refersOnlyToSecretsThatSomethingMakes(String overlay) {
        List<Map<String, Object>> objects = render(overlay);
        Set<String> made =
                new HashSet<>(Set.of("fakebook-keycloak-clients", "fakebook-redis", "fakebook-realm-settings"));
        ofKind(objects, "Cluster")
                .forEach(cluster -> made.add(at(cluster, "metadata").get("name") + "-app"));
        // Kustomize writes keys in order: {key=..., name=...}.
        Matcher references = Pattern.compile(
                        "(?:secretKeyRef|secret|usernameSecret|passwordSecret)=\\{key=[^,}]+, name=([\\w.-]+)}")
                .matcher(objects.toString());
        Set<String> referenced = new HashSet<>();
        while (references.find()) {
            referenced.add(references.group(1));
        }
        assertThat(referenced).isNotEmpty().isSubsetOf(made);
        if (overlay.equals("dev")) {
            Set<String> generated = ofKind(objects, "Secret").stream()
                    .map(secret -> at(secret, "metadata").get("name").toString())
                    .collect(Collectors.toSet());
            assertThat(generated)
                    .containsExactlyInAnyOrder(
                            "fakebook-keycloak-clients", "fakebook-redis", "fakebook-realm-settings");
        }
    }

    // --- Rendering and reading -----------------------------------------------------------------------------------

    static List<Map<String, Object>> render(String overlay) {
        return RENDERED.computeIfAbsent(overlay, name -> {
            Repository.Result result =
                    Repository.run(List.of(Repository.kubectl(), "kustomize", "deploy/k8s/overlays/" + name));
            assertThat(result.exitCode())
                    .as("kubectl kustomize %s: %s", name, result.stderr())
                    .isZero();
            List<Map<String, Object>> objects = new ArrayList<>();
            for (Object document : new Yaml().loadAll(result.stdout())) {
                if (document != null) {
                    objects.add((Map<String, Object>) document);
                }
            }
            return objects;
        });
    }

    private static List<Map<String, Object>> ofKind(List<Map<String, Object>> objects, String kind) {
        return objects.stream()
                .filter(object -> kind.equals(object.get("kind")))
                .toList();
    }

    private static Map<String, Object> find(List<Map<String, Object>> objects, String kind, String name) {
        return ofKind(objects, kind).stream()
                .filter(object -> name.equals(at(object, "metadata").get("name")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> at(Map<String, Object> object, String... path) {
        Map<String, Object> current = object;
        for (String key : path) {
            current = (Map<String, Object>) current.get(key);
            assertThat(current).as("%s in %s", key, String.join(".", path)).isNotNull();
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> copy(Map<String, Object> object) {
        return ManifestValidator.STRICT.convertValue(object, LinkedHashMap.class);
    }
}
