package org.gridgov.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaException;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The JSON Schemas (draft 2020-12) of the payload records, read from {@code schemas/} on the
 * classpath: whether the data of an event keeps the contract its {@code ce_dataschema} names.
 * Formats ({@code uuid}, {@code date-time}, {@code uri}) are asserted, so a malformed id is refused
 * like a missing one. Each schema is loaded once and kept.
 */
public final class EventSchemas {

    /** Where the schema files live on the classpath; a schema's {@code $id} maps onto it. */
    public static final String RESOURCE_ROOT = "schemas/";

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            registry -> registry
                    // Draft 2020-12 makes "format" a mere annotation unless asked; our contract means it.
                    .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
                    // The $ids are public addresses for integrators; at run time the schemas come from
                    // this jar, so validation never depends on the network.
                    .schemaIdResolvers(ids -> ids.mapPrefix(EventTypes.SCHEMA_BASE, "classpath:" + RESOURCE_ROOT)));

    private static final Map<Class<?>, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private EventSchemas() {
    }

    /**
     * What is wrong with the JSON data of a payload record, one line per problem naming the field.
     *
     * @return an empty list when the data keeps the record's schema
     * @throws IllegalArgumentException when the class is not an event payload
     */
    public static List<String> problems(Class<?> payloadType, byte[] json) {
        Schema schema = schemaOf(payloadType);
        JsonNode data;
        try {
            data = CloudEventCodec.MAPPER.readTree(json);
        } catch (JacksonException e) {
            return List.of("data is not JSON: " + e.getOriginalMessage());
        }
        return schema.validate(data).stream().map(EventSchemas::describe).toList();
    }

    /**
     * What is wrong with the JSON data of an event of the given {@code ce_type}.
     *
     * @return an empty list when the data keeps the type's schema
     * @throws IllegalArgumentException when the type is not in the catalogue
     */
    public static List<String> problems(String ceType, byte[] json) {
        return problems(recordOf(ceType), json);
    }

    /**
     * Refuses data that does not keep the schema of its {@code ce_type}.
     *
     * @throws IllegalArgumentException listing the problems, or when the type is not in the catalogue
     */
    public static void requireValid(String ceType, byte[] json) {
        List<String> problems = problems(ceType, json);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("data of " + ceType + " does not match "
                    + EventTypes.dataSchemaOf(recordOf(ceType)) + ": " + String.join("; ", problems));
        }
    }

    /**
     * The schema file of a payload record of the catalogue, byte for byte as it ships in this jar, by
     * its path below {@link #RESOURCE_ROOT}, which is also the path of its {@code $id} below
     * {@link EventTypes#SCHEMA_BASE} (e.g. {@code case/filed.v1.json}); for publishing the schemas
     * where their {@code $id}s point.
     *
     * @return empty for any other path
     */
    public static Optional<byte[]> file(String schemaPath) {
        if (!Published.PATHS.contains(schemaPath)) {
            return Optional.empty();
        }
        try (InputStream in = EventSchemas.class.getClassLoader().getResourceAsStream(RESOURCE_ROOT + schemaPath)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE_ROOT + schemaPath + " is missing from event-contracts");
            }
            return Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema paths of the catalogue's records: only these are served, so no path reaches another resource. */
    private static final class Published {
        static final Set<String> PATHS = Topics.catalogue().stream()
                .flatMap(topic -> topic.payloads().stream())
                .map(EventTypes::schemaPathOf)
                .collect(Collectors.toUnmodifiableSet());
    }

    private static Class<?> recordOf(String ceType) {
        return EventTypes.recordOf(ceType)
                .orElseThrow(() -> new IllegalArgumentException("no payload record for event type " + ceType));
    }

    private static Schema schemaOf(Class<?> payloadType) {
        return SCHEMAS.computeIfAbsent(payloadType, EventSchemas::load);
    }

    private static Schema load(Class<?> payloadType) {
        String id = EventTypes.dataSchemaOf(payloadType).toString();
        try {
            Schema schema = REGISTRY.getSchema(SchemaLocation.of(id));
            // Resolve every keyword now, so a broken schema fails on first use, not on some later event.
            schema.initializeValidators();
            return schema;
        } catch (SchemaException | IllegalStateException e) {
            throw new IllegalStateException("cannot load the schema " + id + " of " + payloadType.getName()
                    + " from " + RESOURCE_ROOT + EventTypes.schemaPathOf(payloadType) + ": " + e.getMessage(), e);
        }
    }

    /** "/caseId: does not match the uuid pattern …", or the bare message for the whole object. */
    private static String describe(Error error) {
        String location = error.getInstanceLocation().toString();
        return location.isEmpty() ? error.getMessage() : location + ": " + error.getMessage();
    }
}
