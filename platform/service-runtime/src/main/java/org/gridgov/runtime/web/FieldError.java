package org.gridgov.runtime.web;

/** One reason a request was refused: the field (a JSON path such as {@code location.longitude}) and why. */
public record FieldError(String field, String reason) {
}
