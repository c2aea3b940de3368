package org.gridgov.cases.lifecycle;

import java.time.Instant;

import org.gridgov.cases.routing.Level;

/**
 * One row of the audit trail: who did what, from which state to which, where the case was held
 * afterwards, why, and when.
 */
public record Transition(CaseAction action, CaseState from, CaseState to, Level level, String unitCode,
                         Actor actor, String reason, Instant at) {
}
