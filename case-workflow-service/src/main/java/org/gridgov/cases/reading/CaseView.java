package org.gridgov.cases.reading;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.gridgov.cases.catalogue.Severity;
import org.gridgov.cases.deadline.Light;
import org.gridgov.cases.deadline.Stage;
import org.gridgov.cases.lifecycle.CaseFile;
import org.gridgov.cases.lifecycle.CaseState;
import org.gridgov.cases.lifecycle.ClosingCause;
import org.gridgov.cases.lifecycle.RejectionReason;
import org.gridgov.cases.routing.Level;

/**
 * A case as staff see it: what was reported, where it is held, by whom, with which department, and
 * the deadline of the stage it is in with its light. The reporter's contact appears only for command
 * centres, who call residents back; the tracking code never appears (it is the resident's key).
 *
 * @param light               green, yellow or red at the time of the answer, paused while the case's dispute
 *                            is in mediation; null when nobody must act
 * @param disputeId           the dispute opened from the case, once it went to mediation
 * @param mediatingSince      when the case entered mediation; null when it is not in mediation
 * @param pausedSecondsLeft   what the paused stage had left, in the time its limits count (working time for
 *                            most categories); null when not paused
 * @param closeCause          why the case closed: verified, settled or referred with its dispute
 * @param overdueDepartments  departments that let a deadline of this case pass, for their assessment
 * @param duplicateOf         the open case this report was linked to as a duplicate
 * @param rejectionCode       why a command centre rejected the case ({@code rejectReason} holds its note)
 * @param closedAt            when the case last closed; null while it is not closed
 * @param reporterContact     the contact the reporter left, for command centres and administrators only
 * @param reporterContactErasedAt when the reporter's contact was erased, its retention after the case ended
 *                            run out; null while it is kept or when none was left
 */
public record CaseView(UUID id, UUID reportId, String category, String description, Double longitude, Double latitude,
                       String addressText, String channel, List<String> photoUrls, int peopleInvolved, boolean riskFlag,
                       Severity severity, Instant reportedAt, CaseState state, String gridCode, Level level,
                       String unitCode, String assigneeId, String departmentCode, boolean awaitingPlacement,
                       boolean supervised, int reworkCount, Stage stage, Instant warnAt, Instant dueAt, Light light,
                       UUID disputeId, Instant mediatingSince, Long pausedSecondsLeft, ClosingCause closeCause,
                       List<String> overdueDepartments, UUID duplicateOf, String rejectReason,
                       RejectionReason rejectionCode, Instant closedAt, String handlingSummary,
                       List<String> handlingPhotoUrls, Integer rating, Instant updatedAt, String reporterContact,
                       Instant reporterContactErasedAt) {

    /** The case as a change just left it: its light is that of the moment of the change. */
    public static CaseView of(CaseFile file) {
        return of(file, null, file.updatedAt());
    }

    public static CaseView of(CaseFile file, String reporterContact, Instant now) {
        var report = file.report();
        return new CaseView(file.id(), report.reportId(), report.category(), report.description(), report.longitude(),
                report.latitude(), report.addressText(), report.channel(), report.photoUrls(), report.peopleInvolved(),
                report.riskFlag(), file.severity(), report.reportedAt(), file.state(), file.gridCode(), file.level(),
                file.unitCode(), file.assigneeId(), file.departmentCode(), file.awaitingPlacement(), file.supervised(),
                file.reworkCount(), file.stage(), file.warnAt(), file.dueAt(), file.light(now), file.disputeId(),
                file.mediatingSince(), file.pausedTimeLeft() == null ? null : file.pausedTimeLeft().toDue().toSeconds(),
                file.closeCause(),
                file.overdueDepartments(), file.duplicateOf(), file.rejectReason(), file.rejectionCode(),
                file.closedAt(), file.handlingSummary(),
                file.handlingPhotoUrls(), file.rating(), file.updatedAt(), reporterContact, file.reporterContactErasedAt());
    }
}
