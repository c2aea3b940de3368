package org.gridgov.cases.indicators;

import java.time.Instant;
import java.util.UUID;

import org.gridgov.events.cases.CaseAssigned;
import org.gridgov.events.cases.CaseClosed;
import org.gridgov.events.cases.CaseDispatched;
import org.gridgov.events.cases.CaseEscalated;
import org.gridgov.events.cases.CaseEvaluated;
import org.gridgov.events.cases.CaseFiled;
import org.gridgov.events.cases.CaseHandled;
import org.gridgov.events.cases.CaseOverdue;
import org.gridgov.events.cases.CaseRejected;
import org.gridgov.events.cases.CaseReopened;
import org.gridgov.events.cases.CaseReturned;

/**
 * What the assessment (综合评价) needs to know of one case, folded from its events on
 * {@code case.events} in their order. Nothing here comes from the case tables, so the same events
 * always fold to the same facts: a rebuild gives the figures it replaced.
 */
final class CaseFacts {

    private final UUID caseId;
    String gridCode;
    String category;
    Instant reportedAt;
    Instant filedAt;
    boolean rejected;
    UUID duplicateOf;
    String rejectionCode;
    String workerId;
    String departmentCode;
    String level;
    Instant closedAt;
    Boolean closedOnTime;
    int reworkCount;
    int overdueCount;
    boolean departmentLate;
    Integer rating;

    CaseFacts(UUID caseId) {
        this.caseId = caseId;
    }

    UUID caseId() {
        return caseId;
    }

    /** Folds the next event of the case in. */
    void apply(Object event, Instant at) {
        switch (event) {
            case CaseFiled filed -> {
                reportedAt = reportedAt == null ? filed.filedAt() : reportedAt;
                gridCode = filed.gridCode();
                category = filed.category();
                filedAt = filed.filedAt();
                level = filed.level();
                // A duplicate an operator unlinked is a case of its own from now on.
                rejected = false;
                duplicateOf = null;
                rejectionCode = null;
            }
            case CaseRejected rejection -> {
                reportedAt = reportedAt == null ? rejection.rejectedAt() : reportedAt;
                rejected = true;
                duplicateOf = rejection.duplicateOf();
                // Set when a command centre rejected the case after filing it: no longer a filed case.
                rejectionCode = rejection.reasonCode();
            }
            case CaseAssigned assigned -> {
                workerId = assigned.assigneeId();
                level = "GRID";
                placedIn(assigned.gridCode());
            }
            case CaseEscalated escalated -> {
                level = escalated.level();
                category = escalated.category();
                if ("GRID".equals(escalated.fromLevel())) {
                    placedIn(escalated.fromUnitCode());
                }
            }
            case CaseDispatched dispatched -> departmentCode = dispatched.departmentCode();
            case CaseReturned returned -> departmentCode = null;
            case CaseHandled handled -> {
                if (handled.departmentCode() != null) {
                    departmentCode = handled.departmentCode();
                }
            }
            case CaseReopened reopened -> {
                reworkCount = Math.max(reworkCount, reopened.reworkCount());
                // A closed case sent back is open again; it counts as closed when it closes again.
                closedAt = null;
                closedOnTime = null;
            }
            case CaseClosed closed -> {
                closedAt = closed.closedAt();
                closedOnTime = closed.onTime();
            }
            case CaseEvaluated evaluated -> rating = evaluated.rating();
            case CaseOverdue overdue -> {
                overdueCount++;
                departmentLate |= overdue.departmentCode() != null;
            }
            default -> {
            }
        }
        if (reportedAt == null) {
            // The start of the case fell out of the topic's retention: it counts from its first event kept.
            reportedAt = at;
        }
    }

    /**
     * A case filed at the county without a place learns its grid when a centre places it; a case
     * filed in a micro-grid keeps the micro-grid (its grid's events name the grid above it).
     */
    private void placedIn(String grid) {
        if (gridCode == null || (grid.length() > gridCode.length() && grid.startsWith(gridCode))) {
            gridCode = grid;
        }
    }
}
