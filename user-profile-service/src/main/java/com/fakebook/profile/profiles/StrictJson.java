package com.fakebook.profile.profiles;

import com.fakebook.profile.profiles.InvalidFields.InvalidField;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a request body into a record strictly: a field the record does not have, a value of the wrong type or one
 * against the record's constraints is refused with a 400 that names the field. Used where a silently ignored
 * field would leave a person believing a setting was changed.
 */
@Component
class StrictJson {

    private final JsonMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private final Validator validator;

    StrictJson(Validator validator) {
        this.validator = validator;
    }

    <T> T read(JsonNode body, Class<T> type) {
        return read(body, type, field -> true);
    }

    /** Reads strictly, but judges only the fields {@code judged} accepts against the record's constraints. */
    private <T> T read(JsonNode body, Class<T> type, Predicate<String> judged) {
        if (!body.isObject()) {
            throw new InvalidFields(List.of(new InvalidField("", "must be a JSON object")));
        }
        T value;
        try {
            value = json.treeToValue(body, type);
        } catch (JacksonException e) {
            throw new InvalidFields(List.of(new InvalidField(fieldOf(e), describe(e))));
        }
        var violations = validator.validate(value).stream()
                .filter(violation -> judged.test(violation.getPropertyPath().toString()))
                .toList();
        if (!violations.isEmpty()) {
            throw new InvalidFields(violations.stream()
                    .map(violation ->
                            new InvalidField(violation.getPropertyPath().toString(), violation.getMessage()))
                    .sorted(Comparator.comparing(InvalidField::field))
                    .toList());
        }
        return value;
    }

    /**
     * A JSON merge patch (RFC 7396) applied to {@code current}: the fields it names take its values ({@code null}
     * empties one), the others stay; the result is read strictly, and the fields the patch names are judged
     * against the record's rules. What it leaves alone is not judged: a name made before today's rules (from an
     * email address, say) does not stop a person from changing their bio.
     */
    <T> T merge(T current, JsonNode patch, Class<T> type) {
        if (!patch.isObject()) {
            throw new InvalidFields(List.of(new InvalidField("", "must be a JSON object")));
        }
        ObjectNode merged = json.valueToTree(current);
        var unknown = new ArrayList<InvalidField>();
        for (var field : patch.properties()) {
            if (!merged.has(field.getKey())) {
                unknown.add(new InvalidField(field.getKey(), "is not a field of a profile"));
            }
            merged.set(field.getKey(), field.getValue());
        }
        if (!unknown.isEmpty()) {
            throw new InvalidFields(unknown);
        }
        return read(merged, type, patch::has);
    }

    private static String fieldOf(JacksonException e) {
        return e.getPath().stream()
                .map(reference -> reference.getPropertyName() != null
                        ? reference.getPropertyName()
                        : String.valueOf(reference.getIndex()))
                .collect(Collectors.joining("."));
    }

    private static String describe(JacksonException e) {
        return switch (e) {
            case UnrecognizedPropertyException unknown -> "is not a known field";
            case InvalidFormatException invalid
            when invalid.getTargetType() != null && invalid.getTargetType().isEnum() ->
                "must be one of "
                        + Arrays.stream(invalid.getTargetType().getEnumConstants())
                                .map(String::valueOf)
                                .collect(Collectors.joining(", "));
            case InvalidFormatException invalid -> "has a value of the wrong form";
            default -> "has a value of the wrong type";
        };
    }
}
