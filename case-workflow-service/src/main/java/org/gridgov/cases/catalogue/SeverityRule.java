package org.gridgov.cases.catalogue;

import org.gridgov.cases.routing.Level;

/**
 * A rule that makes a case of its category more serious and files it higher: when at least
 * {@code peopleInvolvedAtLeast} people are involved, or when the reporter flags a risk (either
 * condition may be absent, not both).
 */
public record SeverityRule(Integer peopleInvolvedAtLeast, Boolean riskFlag, Severity severity, Level level) {

    public boolean matches(int peopleInvolved, boolean risk) {
        boolean byPeople = peopleInvolvedAtLeast != null && peopleInvolved >= peopleInvolvedAtLeast;
        boolean byRisk = Boolean.TRUE.equals(riskFlag) && risk;
        return byPeople || byRisk;
    }
}
