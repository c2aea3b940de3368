package org.gridgov.runtime.privacy;

/**
 * A privacy key missing from the configuration or malformed; the message names the property and what
 * is wrong with it, never the value.
 */
public final class InvalidPrivacyKeyException extends IllegalStateException {

    private final String property;

    public InvalidPrivacyKeyException(String property, String problem) {
        super(property + " " + problem);
        this.property = property;
    }

    /** The configuration property at fault, e.g. {@code gridgov.privacy.hash-key}. */
    public String property() {
        return property;
    }
}
