package org.gridgov.population.care;

import org.gridgov.runtime.web.RuleViolation;

/** A change of a membership or a visit that the care rules refuse. */
class CareRuleException extends RuleViolation {

    CareRuleException(String slug, String message) {
        super(slug, message);
    }
}
