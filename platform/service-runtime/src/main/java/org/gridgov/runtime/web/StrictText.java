package org.gridgov.runtime.web;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Reads a JSON string, and only a string, into a {@code String}: a number, a boolean, an array or an
 * object where text is expected is refused instead of being turned into text (Jackson's default
 * coerces {@code 42} to {@code "42"}, and under some settings reads {@code [["x"]]} into a list of
 * strings without an error that names the element). Text holding U+0000 is refused too (PostgreSQL
 * cannot store it in a text column, so it would fail at the insert, as a 500, after the request was
 * taken for valid), and so is a lone surrogate, what Jackson makes of a UTF-8-encoded surrogate.
 */
public final class StrictText extends StdScalarDeserializer<String> {

    public StrictText() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) {
        if (!parser.hasToken(JsonToken.VALUE_STRING)) {
            return (String) context.handleUnexpectedToken(String.class, parser);
        }
        String text = parser.getString();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                throw new InvalidTextException(parser, "must not contain the NUL character");
            }
            // Jackson decodes a UTF-8-encoded surrogate (invalid UTF-8) into a lone surrogate; no store takes it.
            if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(++i)))) {
                throw new InvalidTextException(parser, "must be valid UTF-8 text");
            }
        }
        return text;
    }

    /** Text no column can hold; its message is the reason a caller reads. */
    public static final class InvalidTextException extends MismatchedInputException {

        InvalidTextException(JsonParser parser, String reason) {
            super(parser, reason, String.class);
        }
    }
}
