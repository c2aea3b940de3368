package org.gridgov.registry.unit;

import java.util.List;

import org.gridgov.runtime.web.FieldError;

/** Drafts refused for their content: a 400 naming every field (or import feature) and why. */
public class InvalidDraftsException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidDraftsException(List<FieldError> errors) {
        super(errors.size() + " invalid fields");
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
