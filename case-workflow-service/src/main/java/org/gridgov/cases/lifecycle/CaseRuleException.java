package org.gridgov.cases.lifecycle;

/**
 * A request the rules of the loop refuse (409 with {@code urn:gridgov:problem:<slug>}). It will not
 * succeed on retry either, so a listener that meets one sends the record to the dead-letter topic at once.
 */
public class CaseRuleException extends RuntimeException {

    private final String slug;

    public CaseRuleException(String slug, String message) {
        super(message);
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }
}
