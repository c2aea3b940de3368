package org.gridgov.population.identity;

/**
 * An ID number, credit code or phone that breaks its rule. The message says which rule, never the value,
 * because it ends up in responses, import reports and logs.
 */
public class InvalidIdentifierException extends RuntimeException {

    private final String reason;

    public InvalidIdentifierException(String reason, String message) {
        super(message);
        this.reason = reason;
    }

    /** A stable code for the rule broken, e.g. {@code id-number-check-digit}. */
    public String reason() {
        return reason;
    }
}
