package com.fakebook.deploy;

import java.util.List;
import java.util.Map;

/**
 * The fields of the CloudNativePG and Keycloak Operator resources that Fakebook's manifests may use, after those
 * projects' API references (postgresql.cnpg.io/v1 Cluster, k8s.keycloak.org/v2alpha1 Keycloak and
 * KeycloakRealmImport). A subset: a field not listed here fails until someone checks it in the reference and adds
 * it. A key ending in "!" is required. Shapes: {@link #ANY}, a map of fields, a one-element list (every item has
 * that shape), {@link #RESOURCES} (Kubernetes resource requirements) or {@link MapOf}.
 */
final class CustomResourceShapes {

    static final Object ANY = new Object();
    static final Object RESOURCES = new Object();

    record MapOf(Object values) {}

    private static final Map<String, Object> METADATA =
            Map.of("name!", ANY, "namespace", ANY, "labels", ANY, "annotations", ANY);

    private static final Map<String, Object> SECRET_KEY = Map.of("name!", ANY, "key!", ANY);

    private static final Map<String, Object> CLUSTER_SPEC = Map.ofEntries(
            Map.entry("instances!", ANY),
            Map.entry("imageName", ANY),
            Map.entry("imagePullPolicy", ANY),
            Map.entry("description", ANY),
            Map.entry(
                    "bootstrap",
                    Map.of(
                            "initdb",
                                    Map.of(
                                            "database", ANY,
                                            "owner", ANY,
                                            "secret", Map.of("name!", ANY),
                                            "encoding", ANY,
                                            "localeCollate", ANY,
                                            "localeCType", ANY,
                                            "dataChecksums", ANY,
                                            "postInitApplicationSQL", List.of(ANY)),
                            "recovery", ANY,
                            "pg_basebackup", ANY)),
            Map.entry("storage!", Map.of("size", ANY, "storageClass", ANY, "resizeInUseVolumes", ANY)),
            Map.entry("walStorage", Map.of("size", ANY, "storageClass", ANY)),
            Map.entry("resources", RESOURCES),
            Map.entry("postgresql", Map.of("parameters", new MapOf(ANY), "pg_hba", List.of(ANY))),
            Map.entry("monitoring", Map.of("enablePodMonitor", ANY)),
            Map.entry("backup", ANY),
            Map.entry("externalClusters", ANY),
            Map.entry("affinity", ANY),
            Map.entry("primaryUpdateStrategy", ANY),
            Map.entry("primaryUpdateMethod", ANY),
            Map.entry("enableSuperuserAccess", ANY),
            Map.entry("enablePDB", ANY),
            Map.entry("inheritedMetadata", Map.of("labels", ANY, "annotations", ANY)));

    private static final Map<String, Object> KEYCLOAK_SPEC = Map.ofEntries(
            Map.entry("instances", ANY),
            Map.entry("image", ANY),
            Map.entry("imagePullSecrets", ANY),
            Map.entry("startOptimized", ANY),
            Map.entry(
                    "db!",
                    Map.ofEntries(
                            Map.entry("vendor!", ANY),
                            Map.entry("host", ANY),
                            Map.entry("port", ANY),
                            Map.entry("database", ANY),
                            Map.entry("schema", ANY),
                            Map.entry("url", ANY),
                            Map.entry("usernameSecret", SECRET_KEY),
                            Map.entry("passwordSecret", SECRET_KEY),
                            Map.entry("poolInitialSize", ANY),
                            Map.entry("poolMinSize", ANY),
                            Map.entry("poolMaxSize", ANY))),
            Map.entry("http", Map.of("httpEnabled", ANY, "httpPort", ANY, "httpsPort", ANY, "tlsSecret", ANY)),
            Map.entry("httpManagement", Map.of("port", ANY)),
            Map.entry("hostname!", Map.of("hostname!", ANY, "admin", ANY, "strict", ANY, "backchannelDynamic", ANY)),
            Map.entry("proxy", Map.of("headers", ANY)),
            Map.entry("ingress", Map.of("enabled", ANY, "className", ANY, "annotations", ANY, "tlsSecret", ANY)),
            Map.entry("features", Map.of("enabled", List.of(ANY), "disabled", List.of(ANY))),
            Map.entry("transaction", Map.of("xaEnabled", ANY)),
            Map.entry("additionalOptions", List.of(Map.of("name!", ANY, "value", ANY, "secret", SECRET_KEY))),
            Map.entry("resources", RESOURCES),
            Map.entry("scheduling", ANY),
            Map.entry("unsupported", ANY));

    private static final Map<String, Object> REALM_IMPORT_SPEC = Map.of(
            "keycloakCRName!", ANY,
            "realm!", ANY,
            "placeholders", new MapOf(Map.of("secret!", SECRET_KEY)),
            "resources", RESOURCES);

    static final Map<String, Object> ALL = Map.of(
            "postgresql.cnpg.io/v1/Cluster", resource(CLUSTER_SPEC),
            "k8s.keycloak.org/v2alpha1/Keycloak", resource(KEYCLOAK_SPEC),
            "k8s.keycloak.org/v2alpha1/KeycloakRealmImport", resource(REALM_IMPORT_SPEC));

    private CustomResourceShapes() {}

    private static Map<String, Object> resource(Map<String, Object> spec) {
        return Map.of("apiVersion!", ANY, "kind!", ANY, "metadata!", METADATA, "spec!", spec);
    }

    static void check(Object value, Object shape, String path, List<String> problems) {
        if (shape == ANY) {
            return;
        }
        if (shape == RESOURCES) {
            ManifestValidator.requireResources(value, path, problems);
        } else if (shape instanceof MapOf mapOf) {
            if (!(value instanceof Map<?, ?> map)) {
                problems.add(path + ": expected a map");
                return;
            }
            map.forEach((key, item) -> check(item, mapOf.values(), path + "." + key, problems));
        } else if (shape instanceof List<?> items) {
            if (!(value instanceof List<?> list)) {
                problems.add(path + ": expected a list");
                return;
            }
            for (int i = 0; i < list.size(); i++) {
                check(list.get(i), items.getFirst(), path + "[" + i + "]", problems);
            }
        } else if (shape instanceof Map<?, ?> fields) {
            if (!(value instanceof Map<?, ?> map)) {
                problems.add(path + ": expected an object");
                return;
            }
            fields.forEach((key, fieldShape) -> {
                String name = key.toString();
                if (name.endsWith("!") && !map.containsKey(name.substring(0, name.length() - 1))) {
                    problems.add(path + ": missing required field " + name.substring(0, name.length() - 1));
                }
            });
            map.forEach((key, item) -> {
                Object fieldShape = fields.containsKey(key) ? fields.get(key) : fields.get(key + "!");
                if (fieldShape == null) {
                    problems.add(path + ": unknown field " + key);
                } else {
                    check(item, fieldShape, path + "." + key, problems);
                }
            });
        }
    }
}
