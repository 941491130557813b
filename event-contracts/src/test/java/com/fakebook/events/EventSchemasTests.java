package com.fakebook.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fakebook.events.account.AccountEvent;
import com.fakebook.events.friendship.FriendshipEvent;
import com.fakebook.events.messaging.MessagingEvent;
import com.fakebook.events.profile.ProfileEvent;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The published JSON Schemas ({@code docs/events/schemas/<type>.json}, one per event type) are what the records
 * generate, and the records' JSON, as publishers write it, passes them. A record changed without its schema fails
 * here; to accept the change, write the schemas anew and review their diff (a field removed, renamed or retyped
 * is a new {@code ….v2} type, not an edit):
 *
 * <pre>./mvnw test -pl event-contracts -Dtest=EventSchemasTests -Dfakebook.schemas.write=true</pre>
 */
class EventSchemasTests {

    static final Path SCHEMAS = Path.of("../docs/events/schemas");
    static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** Every event type of every topic, by type name. */
    static Map<String, Class<? extends DomainEvent>> types() {
        var types = new TreeMap<String, Class<? extends DomainEvent>>();
        types.putAll(AccountEvent.TYPES);
        types.putAll(FriendshipEvent.TYPES);
        types.putAll(ProfileEvent.TYPES);
        types.putAll(MessagingEvent.TYPES);
        return types;
    }

    static Stream<String> typeNames() {
        return types().keySet().stream();
    }

    @ParameterizedTest
    @MethodSource("typeNames")
    void eachTypesPublishedSchemaIsTheOneItsRecordGenerates(String type) throws IOException {
        var generated = JSON.writeValueAsString(schemaOf(type, types().get(type))) + "\n";
        var file = SCHEMAS.resolve(type + ".json");
        if (Boolean.getBoolean("fakebook.schemas.write")) {
            Files.createDirectories(SCHEMAS);
            Files.writeString(file, generated);
        }

        assertThat(file)
                .as("%s: write the schemas anew (see EventSchemasTests)", file)
                .exists();
        assertThat(Files.readString(file))
                .as("%s differs from what %s generates (see EventSchemasTests)", file, types().get(type))
                .isEqualTo(generated);
    }

    @Test
    void everyPublishedSchemaBelongsToAType() throws IOException {
        try (var files = Files.list(SCHEMAS)) {
            assertThat(files.map(file -> file.getFileName().toString().replaceFirst("\\.json$", "")))
                    .containsExactlyInAnyOrderElementsOf(types().keySet());
        }
    }

    @ParameterizedTest
    @MethodSource("typeNames")
    void anEventAsPublishedPassesItsSchema(String type) throws Exception {
        var schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(SCHEMAS.resolve(type + ".json")), InputFormat.JSON);
        var event = anInstanceOf(types().get(type));

        assertThat(schema.validate(JSON.writeValueAsString(event), InputFormat.JSON))
                .isEmpty();
        assertThat(schema.validate("{\"id\": 42}", InputFormat.JSON))
                .as("a payload that is not the event fails")
                .isNotEmpty();
    }

    /**
     * The record's components, as Jackson writes them: UUIDs and instants as formatted strings; every component is
     * required, and null allowed only where the record says {@code @Nullable}. Unknown fields stay allowed: a
     * consumer ignores what it does not know, so adding a field keeps old consumers valid.
     */
    static ObjectNode schemaOf(String type, Class<?> record) {
        var config = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
                .with(Option.EXTRA_OPEN_API_FORMAT_VALUES)
                .without(Option.SCHEMA_VERSION_INDICATOR);
        config.forFields()
                .withRequiredCheck(field -> true)
                .withNullableCheck(field -> isNullable(field.getRawMember()));
        var schema = new SchemaGenerator(config.build()).generateSchema(record);
        var published = JSON.createObjectNode()
                .put("$schema", SchemaVersion.DRAFT_2020_12.getIdentifier())
                .put("title", type)
                .put(
                        "description",
                        "The value of a Kafka record on " + topicOf(record) + " whose ce_type header is " + type
                                + " (docs/events.md).");
        published.setAll(schema);
        return published;
    }

    private static boolean isNullable(Field field) {
        return field.getAnnotatedType().isAnnotationPresent(Nullable.class);
    }

    private static String topicOf(Class<?> record) {
        return Stream.of(AccountEvent.class, FriendshipEvent.class, ProfileEvent.class, MessagingEvent.class)
                .filter(family -> family.isAssignableFrom(record))
                .map(family -> {
                    try {
                        return (String) family.getField("TOPIC").get(null);
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .findFirst()
                .orElseThrow();
    }

    /** A record with a plausible value in each component, as a publisher would fill it. */
    private static Object anInstanceOf(Class<?> record) throws ReflectiveOperationException {
        var components = record.getRecordComponents();
        var values = Stream.of(components).map(EventSchemasTests::aValueFor).toArray();
        var types = Stream.of(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        return record.getDeclaredConstructor(types).newInstance(values);
    }

    private static Object aValueFor(RecordComponent component) {
        var type = component.getType();
        if (type == UUID.class) {
            return UUID.randomUUID();
        } else if (type == Instant.class) {
            return Instant.now();
        } else if (type == long.class) {
            return 42L;
        } else if (type == int.class) {
            return 42;
        } else if (type == List.class) {
            return List.of(UUID.randomUUID());
        } else if (type == String.class) {
            return "FRIENDS";
        }
        throw new IllegalArgumentException("no sample value for " + component);
    }
}
