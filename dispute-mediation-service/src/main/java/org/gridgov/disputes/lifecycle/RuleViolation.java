package org.gridgov.disputes.lifecycle;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A mediation rule the request would break (an action the dispute's state does not allow, an
 * agreement not every party confirmed, ...): answered 409 with the type
 * {@code urn:gridgov:problem:<slug>} and the relevant fields as properties.
 */
public class RuleViolation extends RuntimeException {

    private final String slug;
    private final Map<String, Object> properties = new LinkedHashMap<>();

    public RuleViolation(String slug, String message) {
        super(message);
        this.slug = slug;
    }

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
