package org.gridgov.runtime.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A domain rule the request would break (one grid worker per grid, an action the state does not
 * allow, ...). Plain Java, thrown by domain code; answered 409 Problem Details with the type
 * {@code urn:gridgov:problem:<slug>} and the relevant fields as properties, never with personal data.
 * <pre>{@code
 * throw new RuleViolation("one-worker-per-grid", "grid 130527100201001 already has a grid worker")
 *         .with("unitCode", code);
 * }</pre>
 */
public class RuleViolation extends RuntimeException {

    private final String slug;
    private final Map<String, Object> properties = new LinkedHashMap<>();

    public RuleViolation(String slug, String message) {
        super(message);
        this.slug = slug;
    }

    /** Adds a property to the Problem Details body, e.g. the state or the unit code. */
    public RuleViolation with(String property, Object value) {
        properties.put(property, value);
        return this;
    }

    public String slug() {
        return slug;
    }

    public Map<String, Object> properties() {
        return properties;
    }
}
