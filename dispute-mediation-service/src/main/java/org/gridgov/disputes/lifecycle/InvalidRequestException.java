package org.gridgov.disputes.lifecycle;

import java.util.List;

import org.gridgov.runtime.web.FieldError;

/** A request whose fields do not fit together (bean validation checks them one by one): 400 per field. */
public class InvalidRequestException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidRequestException(List<FieldError> errors) {
        super("invalid request: " + errors);
        this.errors = List.copyOf(errors);
    }

    public static InvalidRequestException of(String field, String reason) {
        return new InvalidRequestException(List.of(new FieldError(field, reason)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
