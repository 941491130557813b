package com.fakebook.deploy;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedMethod;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks one rendered Kubernetes object against the schema of its kind, so that a misspelt or misplaced field fails.
 * Built-in kinds are read into the Kubernetes API's Java model (fabric8) and Strimzi's kinds into Strimzi's own model,
 * both strictly: those models keep unknown fields aside instead of failing, so the mapper here turns that off. For
 * CloudNativePG and the Keycloak Operator, which publish no such model where this build can reach, the fields
 * Fakebook may use are listed in {@link CustomResourceShapes}, and anything else fails.
 */
final class ManifestValidator {

    private static final Map<String, Class<?>> MODELS = Map.ofEntries(
            Map.entry("v1/ConfigMap", ConfigMap.class),
            Map.entry("v1/Secret", Secret.class),
            Map.entry("v1/Service", Service.class),
            Map.entry("apps/v1/Deployment", Deployment.class),
            Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class),
            Map.entry("networking.k8s.io/v1/Ingress", Ingress.class),
            Map.entry("kafka.strimzi.io/v1/Kafka", Kafka.class),
            Map.entry("kafka.strimzi.io/v1/KafkaNodePool", KafkaNodePool.class),
            Map.entry("kafka.strimzi.io/v1/KafkaTopic", KafkaTopic.class));

    static final ObjectMapper STRICT = strictMapper();

    private ManifestValidator() {}

    /** What is wrong with the object, one line each; empty when nothing is. */
    static List<String> problems(Map<String, Object> object) {
        String type = object.get("apiVersion") + "/" + object.get("kind");
        String name = type + " " + ((Map<?, ?>) object.getOrDefault("metadata", Map.of())).get("name");
        Class<?> model = MODELS.get(type);
        if (model != null) {
            try {
                STRICT.convertValue(object, model);
                return List.of();
            } catch (IllegalArgumentException e) {
                return List.of(name + ": " + firstLine(e.getMessage()));
            }
        }
        Object shape = CustomResourceShapes.ALL.get(type);
        if (shape == null) {
            return List.of(name + ": no schema known for this kind (add it to ManifestValidator)");
        }
        List<String> problems = new ArrayList<>();
        CustomResourceShapes.check(object, shape, name, problems);
        return problems;
    }

    static void requireResources(Object value, String path, List<String> problems) {
        try {
            STRICT.convertValue(value, ResourceRequirements.class);
        } catch (IllegalArgumentException e) {
            problems.add(path + ": " + firstLine(e.getMessage()));
        }
    }

    private static String firstLine(String message) {
        return message == null ? "invalid" : message.lines().findFirst().orElse(message);
    }

    private static ObjectMapper strictMapper() {
        ObjectMapper mapper = new ObjectMapper();
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.setAnnotationIntrospector(new JacksonAnnotationIntrospector() {
            @Override
            public Boolean hasAnySetter(Annotated annotated) {
                return Boolean.FALSE;
            }

            @Override
            @SuppressWarnings("deprecation")
            public boolean hasAnySetterAnnotation(AnnotatedMethod method) {
                return false;
            }

            @Override
            public JsonIgnoreProperties.Value findPropertyIgnoralByName(MapperConfig<?> config, Annotated annotated) {
                return super.findPropertyIgnoralByName(config, annotated).withoutIgnoreUnknown();
            }
        });
        return mapper;
    }
}
