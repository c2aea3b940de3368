package org.gridgov.cases.reading;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.gridgov.cases.lifecycle.CaseState;
import org.gridgov.cases.lifecycle.RejectionReason;
import org.gridgov.cases.routing.Level;

/**
 * What a resident sees of their case by its tracking code: its category, where it stands, what was
 * done, and each step with its time. No staff ids, no other person's data, not even the reporter's
 * own contact (a tracking code may be passed on).
 *
 * @param rejectReason  why intake did not file the report (outside every grid, a retired grid, ...)
 * @param rejectionCode why a command centre rejected the filed case; its note stays with staff
 * @param mayEvaluate   the case is closed and not yet rated; a low rating soon after the close reopens it
 */
public record PublicCaseView(String trackingCode, String category, Map<String, String> categoryNames, CaseState state,
                             Level level, boolean supervised, Instant reportedAt, String rejectReason,
                             RejectionReason rejectionCode, String handlingSummary, Integer rating, boolean mayEvaluate, List<Step> steps) {

    /** One step of the case: the state it reached and when. */
    public record Step(CaseState state, Instant at) {
    }
}
