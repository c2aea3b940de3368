package org.gridgov.runtime.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * The field a request body's JSON failed at, and why, in words that never repeat what was sent
 * (Jackson's own messages quote the value and name our classes). Empty when the failure has no
 * field: an empty body, or JSON broken before its first field.
 */
final class BodyFieldErrors {

    private BodyFieldErrors() {
    }

    static Optional<FieldError> of(JacksonException failure) {
        String field = path(failure);
        if (field.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new FieldError(field, reason(failure)));
    }

    /** Whether the JSON itself is broken (cut short, invalid UTF-8, nested too deep), not a value of the wrong kind. */
    static boolean isSyntax(JacksonException failure) {
        return failure instanceof StreamReadException && !(failure instanceof InputCoercionException);
    }

    private static String reason(JacksonException failure) {
        return switch (failure) {
            case UnrecognizedPropertyException unknown -> "is not a field of this request";
            case StrictText.InvalidTextException text -> text.getOriginalMessage();
            case InputCoercionException outOfRange -> "is out of range" + (outOfRange.getTargetType() == null
                    ? "" : " for " + expected(outOfRange.getTargetType()));
            case MismatchedInputException mismatch when mismatch.getTargetType() != null -> "must be " + expected(mismatch.getTargetType());
            case StreamReadException syntax -> "is not valid JSON (cut short, invalid UTF-8 or nested too deep)";
            default -> "has the wrong type or format";
        };
    }

    private static String expected(Class<?> type) {
        if (type == String.class || type == Character.class || type == char.class) {
            return "text";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class || type == short.class
                || type == Short.class || type == java.math.BigInteger.class) {
            return "a whole number" + (type == int.class || type == Integer.class ? " of at most 2147483647" : "");
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
        }
        if (type == UUID.class) {
            return "a UUID";
        }
        if (type == LocalDate.class) {
            return "a date (2026-01-31)";
        }
        if (type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class || type == LocalDateTime.class) {
            return "a date and time (2026-01-31T08:30:00Z)";
        }
        if (type == LocalTime.class) {
            return "a time (08:30)";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "an object";
        }
        return "of another type";
    }

    /** {@code location.longitude}, {@code photoUrls[2]}: the JSON path of the failure. */
    static String path(JacksonException failure) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : failure.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
