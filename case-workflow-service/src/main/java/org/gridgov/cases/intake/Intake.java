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
 */
record Intake(UUID caseId, String trackingCode, CaseState state, Level level, String unitCode,
              boolean awaitingPlacement, String rejectReason, boolean alreadyReported) {

    static Intake of(CaseFile file) {
        return new Intake(file.id(), file.trackingCode(), file.state(), file.level(), file.unitCode(),
                file.awaitingPlacement(), file.rejectReason(), false);
    }

    /**
     * The case an earlier copy of the report became. Its tracking code goes only to the same
     * reporter: knowing a report id (it travels in events) must not open someone else's case.
     */
    static Intake existing(CaseFile file, String reporterRef) {
        boolean sameReporter = reporterRef != null && reporterRef.equals(file.report().reporterRef());
        return new Intake(file.id(), sameReporter ? file.trackingCode() : null, file.state(), file.level(),
                file.unitCode(), file.awaitingPlacement(), file.rejectReason(), true);
    }
}
