package org.gridgov.population.protection;

/** A purpose the request may not be made for: 400 naming the {@code purpose} field. */
public class InvalidPurposeException extends RuntimeException {

    public InvalidPurposeException(String message) {
        super(message);
    }
}
