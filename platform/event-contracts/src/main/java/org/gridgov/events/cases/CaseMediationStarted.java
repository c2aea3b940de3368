package org.gridgov.events.cases;

import java.time.Instant;
import java.util.UUID;

import org.gridgov.events.EventType;

/**
 * The dispute a case is about went to mediation: the case waits for the dispute's outcome, its
 * deadline paused with the time it had left, and closes when the dispute is settled or referred.
 *
 * @param caseId            the case's id; the Kafka key
 * @param disputeId         the dispute in dispute-mediation
 * @param unitCode          the unit holding the case
 * @param level             the level of that unit
 * @param mediationUnitCode the unit that mediates the dispute
 * @param mediationLevel    the level of that unit
 * @param stage             the stage whose deadline is paused, or null when none was running
 * @param secondsLeft       what the stage had left, in the time its limits count (working time for most
 *                          categories, calendar time for urgent ones); 0 when already due; null without a stage
 * @param startedAt         when the case entered mediation
 */
@EventType(value = "org.gridgov.case.mediation-started.v1", schema = "case/mediation-started.v1.json")
public record CaseMediationStarted(UUID caseId, UUID disputeId, String unitCode, String level,
                                   String mediationUnitCode, String mediationLevel, String stage, Long secondsLeft,
                                   Instant startedAt) {
}
