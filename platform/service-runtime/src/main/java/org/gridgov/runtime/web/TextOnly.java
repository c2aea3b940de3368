package org.gridgov.runtime.web;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * A value whose JSON form is a string, and only a string: Jackson reads an {@code Instant} or an
 * {@code OffsetDateTime} from a number as seconds since 1970 too, whatever the coercion settings, so
 * {@code "visitedAt": 42} was a visit in January 1970 rather than a refused request.
 */
final class TextOnly<T> extends StdDeserializer<T> {

    private final ValueDeserializer<T> reader;

    TextOnly(Class<T> type, ValueDeserializer<T> reader) {
        super(type);
        this.reader = reader;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T deserialize(JsonParser parser, DeserializationContext context) {
        if (!parser.hasToken(JsonToken.VALUE_STRING)) {
            return (T) context.handleUnexpectedToken(handledType(), parser);
        }
        return reader.deserialize(parser, context);
    }
}
