package org.gridgov.events;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads the {@link EventType} of payload records and resolves types back to records.
 */
public final class EventTypes {

    /** Base of every {@code ce_dataschema}; each schema's {@code $id} is this plus its resource path. */
    public static final String SCHEMA_BASE = "https://schemas.gridgov.org/";

    private static final Map<String, Class<?>> RECORDS_BY_TYPE = new ConcurrentHashMap<>();

    /** Parsed once per payload record: every outbox row names its schema. */
    private static final ClassValue<URI> DATA_SCHEMAS = new ClassValue<>() {
        @Override
        protected URI computeValue(Class<?> payload) {
            return URI.create(SCHEMA_BASE + schemaPathOf(payload));
        }
    };

    static {
        for (TopicSpec topic : Topics.catalogue()) {
            for (Class<?> payload : topic.payloads()) {
                Class<?> earlier = RECORDS_BY_TYPE.putIfAbsent(typeOf(payload), payload);
                if (earlier != null && earlier != payload) {
                    throw new IllegalStateException(earlier.getName() + " and " + payload.getName()
                            + " declare the same type " + typeOf(payload));
                }
            }
        }
    }

    private EventTypes() {
    }

    /** The {@code ce_type} of a payload record. */
    public static String typeOf(Class<?> payload) {
        return annotationOf(payload).value();
    }

    /** The schema resource path below {@code schemas/}, e.g. {@code case/filed.v1.json}. */
    public static String schemaPathOf(Class<?> payload) {
        return annotationOf(payload).schema();
    }

    /** The {@code ce_dataschema} URI of a payload record; equal to the {@code $id} of its schema. */
    public static URI dataSchemaOf(Class<?> payload) {
        return DATA_SCHEMAS.get(payload);
    }

    /** The payload record for a {@code ce_type} the catalogue knows. */
    public static Optional<Class<?>> recordOf(String type) {
        return Optional.ofNullable(RECORDS_BY_TYPE.get(type));
    }

    private static EventType annotationOf(Class<?> payload) {
        EventType type = payload.getAnnotation(EventType.class);
        if (type == null) {
            throw new IllegalArgumentException(payload.getName() + " is not an event payload: it has no @EventType");
        }
        return type;
    }
}
