package org.gridgov.cases.intake;

import java.util.UUID;

import org.gridgov.cases.lifecycle.CaseFile;
import org.gridgov.cases.lifecycle.CaseState;
import org.gridgov.cases.routing.Level;

/**
 * What the reporter learns at once: the case id, the tracking code to follow it with, and where it
 * went (or why it was not filed).
 *
 * @param alreadyReported the report id was taken in before (a re-sent request, or the same report
 *                        from an intake system): this is the case it became then
 * @param duplicateOf     the open case the report repeats; the tracking code is that case's, which
 *                        the reporter follows
 */
record Intake(UUID caseId, String trackingCode, CaseState state, Level level, String unitCode,
              boolean awaitingPlacement, String rejectReason, boolean alreadyReported, UUID duplicateOf) {

    static Intake of(CaseFile file) {
        return new Intake(file.id(), file.trackingCode(), file.state(), file.level(), file.unitCode(),
                file.awaitingPlacement(), file.rejectReason(), false, null);
    }

    /** A report linked to the open case it repeats: the reporter follows that case. */
    static Intake duplicate(CaseFile file, String originalTrackingCode) {
        return new Intake(file.id(), originalTrackingCode, file.state(), null, null, false, null, false,
                file.duplicateOf());
    }

    /**
     * The case an earlier copy of the report became. Its tracking code goes only to the same
     * reporter: knowing a report id (it travels in events) must not open someone else's case.
     */
    static Intake existing(CaseFile file, String reporterRef, String trackingCode) {
        boolean sameReporter = reporterRef != null && reporterRef.equals(file.report().reporterRef());
        return new Intake(file.id(), sameReporter ? trackingCode : null, file.state(), file.level(),
                file.unitCode(), file.awaitingPlacement(), file.rejectReason(), true, file.duplicateOf());
    }
}
