package org.gridgov.cases.lifecycle;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.gridgov.cases.catalogue.Severity;
import org.gridgov.cases.deadline.Deadline;
import org.gridgov.cases.deadline.Light;
import org.gridgov.cases.deadline.Stage;
import org.gridgov.cases.deadline.TimeLeft;
import org.gridgov.cases.routing.EscalationCause;
import org.gridgov.cases.routing.Level;
import org.gridgov.cases.routing.Placement;
import org.gridgov.events.cases.CaseAssigned;
import org.gridgov.events.cases.CaseClosed;
import org.gridgov.events.cases.CaseDeadlineWarning;
import org.gridgov.events.cases.CaseDispatched;
import org.gridgov.events.cases.CaseEscalated;
import org.gridgov.events.cases.CaseEvaluated;
import org.gridgov.events.cases.CaseFiled;
import org.gridgov.events.cases.CaseHandled;
import org.gridgov.events.cases.CaseMediationStarted;
import org.gridgov.events.cases.CaseOverdue;
import org.gridgov.events.cases.CaseRejected;
import org.gridgov.events.cases.CaseReopened;
import org.gridgov.events.cases.CaseReturned;
import org.gridgov.events.cases.CaseSupervised;
import org.gridgov.events.cases.CaseVerified;

/**
 * A case and its place in the loop (立案建档). Every change goes through {@link CaseStateMachine},
 * leaves a {@link Transition} for the audit trail and returns the event it causes, which the caller
 * publishes in the same transaction.
 */
public final class CaseFile {

    private static final CaseStateMachine MACHINE = new CaseStateMachine();
    private static final MediationRule MEDIATION = new MediationRule();

    private final UUID id;
    private final String trackingCode;
    private final Report report;
    private CaseState state;
    private Severity severity;
    private String gridCode;
    private Level level;
    private String unitCode;
    private String assigneeId;
    private String departmentCode;
    private boolean awaitingPlacement;
    private boolean supervised;
    private int reworkCount;
    private Stage stage;
    private Instant warnAt;
    private Instant dueAt;
    // Each deadline warns once and is overdue once; a new stage brings a new deadline.
    private boolean warned;
    private boolean overdue;
    private int lateStages;
    private List<String> overdueDepartments = List.of();
    private UUID duplicateOf;
    private String rejectReason;
    private RejectionReason rejectionCode;
    private Instant closedAt;
    // Written by the contact erasure alone, never by a change of the case: read, not saved.
    private Instant reporterContactErasedAt;
    private String handlingSummary;
    private List<String> handlingPhotoUrls = List.of();
    private Integer rating;
    private String ratingComment;
    private UUID disputeId;
    // While the dispute is in mediation no deadline runs: the stage keeps what it had left instead.
    private Instant mediatingSince;
    private TimeLeft pausedTimeLeft;
    private ClosingCause closeCause;
    private Instant updatedAt;
    private int recordedTransitions;
    private final List<Transition> pending = new ArrayList<>();

    private CaseFile(UUID id, String trackingCode, Report report) {
        this.id = id;
        this.trackingCode = trackingCode;
        this.report = report;
    }

    /** A report that has just arrived, before the rules file or reject it. */
    public static CaseFile reported(UUID id, String trackingCode, Report report, Actor reporter, Instant now) {
        CaseFile file = new CaseFile(id, trackingCode, report);
        file.state = CaseState.REPORTED;
        file.severity = Severity.NORMAL;
        file.gridCode = report.gridCode();
        file.updatedAt = now;
        file.pending.add(new Transition(CaseAction.REPORT, null, CaseState.REPORTED, null, null, reporter, null, now));
        return file;
    }

    /** A case as stored. */
    static CaseFile restore(UUID id, String trackingCode, Report report, Stored stored) {
        CaseFile file = new CaseFile(id, trackingCode, report);
        file.state = stored.state();
        file.severity = stored.severity();
        file.gridCode = stored.gridCode();
        file.level = stored.level();
        file.unitCode = stored.unitCode();
        file.assigneeId = stored.assigneeId();
        file.departmentCode = stored.departmentCode();
        file.awaitingPlacement = stored.awaitingPlacement();
        file.supervised = stored.supervised();
        file.reworkCount = stored.reworkCount();
        file.stage = stored.stage();
        file.warnAt = stored.warnAt();
        file.dueAt = stored.dueAt();
        file.warned = stored.warned();
        file.overdue = stored.overdue();
        file.lateStages = stored.lateStages();
        file.overdueDepartments = stored.overdueDepartments();
        file.duplicateOf = stored.duplicateOf();
        file.rejectReason = stored.rejectReason();
        file.rejectionCode = stored.rejectionCode();
        file.closedAt = stored.closedAt();
        file.handlingSummary = stored.handlingSummary();
        file.handlingPhotoUrls = stored.handlingPhotoUrls();
        file.rating = stored.rating();
        file.ratingComment = stored.ratingComment();
        file.disputeId = stored.disputeId();
        file.mediatingSince = stored.mediatingSince();
        file.pausedTimeLeft = stored.pausedTimeLeft();
        file.closeCause = stored.closeCause();
        file.updatedAt = stored.updatedAt();
        file.recordedTransitions = stored.recordedTransitions();
        file.reporterContactErasedAt = stored.reporterContactErasedAt();
        return file;
    }

    /** The case is valid: it is held at {@code held} for the grid {@code gridCode} (the county while unplaced). */
    public CaseFiled file(String gridCode, Placement.Held held, Severity severity, boolean awaitingPlacement,
                          Deadline deadline, Actor actor, Instant now) {
        move(CaseAction.FILE, actor, null, now);
        this.gridCode = gridCode;
        this.level = held.level();
        this.unitCode = held.unitCode();
        this.severity = severity;
        this.awaitingPlacement = awaitingPlacement;
        enter(deadline, now);
        amendLast();
        return new CaseFiled(id, report.reportId(), report.category(), gridCode, unitCode, level.name(),
                severity.name(), report.channel(), now);
    }

    public CaseRejected reject(String reason, Actor actor, Instant now) {
        move(CaseAction.REJECT, actor, reason, now);
        this.rejectReason = reason;
        enter(null, now);
        return new CaseRejected(report.reportId(), id, reason, null, now);
    }

    /**
     * A command centre found the filed case is none for the government (a prank, a duplicate, a
     * private matter, nothing to act on): it ends here, before a department took it. The note is for
     * staff; residents see the code.
     */
    public CaseRejected rejectAsOperator(RejectionReason code, String note, Actor actor, Instant now) {
        move(CaseAction.REJECT, actor, code + ": " + note, now);
        this.rejectionCode = code;
        this.rejectReason = note;
        enter(null, now);
        return new CaseRejected(report.reportId(), id, code + ": " + note, null, now, code.name());
    }

    /**
     * A command centre put a case it held without a place (or without a grid worker) into a grid;
     * the routing then assigns or escalates it as at filing.
     */
    public void place(String gridCode, String gridUnitCode, Actor actor, Instant now) {
        move(CaseAction.PLACE, actor, "placed in grid " + gridCode, now);
        this.gridCode = gridCode;
        this.level = Level.GRID;
        this.unitCode = gridUnitCode;
        this.awaitingPlacement = false;
        amendLast();
    }

    /**
     * Refuses an action the loop does not allow now, before anything is computed for it.
     *
     * @throws IllegalTransitionException when the state does not allow the action
     */
    public void requireAllowed(CaseAction action) {
        requireNotMediating(action);
        if (!MACHINE.permits(state, action)) {
            throw new IllegalTransitionException(state, action);
        }
    }

    /** The grid's worker takes the case, to handle it in the grid first. */
    public CaseAssigned assign(String gridUnitCode, String gridWorker, Deadline deadline, Actor actor, Instant now) {
        move(CaseAction.ASSIGN, actor, null, now);
        this.level = Level.GRID;
        this.unitCode = gridUnitCode;
        this.assigneeId = gridWorker;
        enter(deadline, now);
        amendLast();
        return new CaseAssigned(id, gridUnitCode, gridWorker, deadline.dueAt(), now);
    }

    /** The case arrives at a higher level; {@code reason} is the holder's, for an explicit escalation. */
    public CaseEscalated escalate(Placement.Held target, EscalationCause cause, String reason, Deadline deadline,
                                  Actor actor, Instant now) {
        String fromUnit = unitCode;
        Level fromLevel = level;
        move(CaseAction.ESCALATE, actor, reason != null ? reason : cause.name(), now);
        this.level = target.level();
        this.unitCode = target.unitCode();
        this.assigneeId = null;
        this.departmentCode = null;
        enter(deadline, now);
        amendLast();
        return new CaseEscalated(id, fromUnit, fromLevel.name(), unitCode, level.name(), cause.name(), reason,
                report.category(), deadline.dueAt(), now);
    }

    public CaseDispatched dispatch(String department, String instructions, Deadline deadline, Actor actor, Instant now) {
        move(CaseAction.DISPATCH, actor, "to " + department, now);
        this.departmentCode = department;
        enter(deadline, now);
        return new CaseDispatched(id, unitCode, level.name(), department, report.category(), instructions,
                deadline.dueAt(), now);
    }

    /** The holder settled the case itself: a grid worker on the spot, or the level holding it. */
    public CaseHandled resolve(String summary, List<String> photoUrls, Deadline verification, Actor actor, Instant now) {
        move(CaseAction.RESOLVE, actor, null, now);
        this.handlingSummary = summary;
        this.handlingPhotoUrls = photoUrls == null ? List.of() : List.copyOf(photoUrls);
        this.departmentCode = null;
        enter(verification, now);
        return new CaseHandled(id, actor.id(), null, summary, now);
    }

    /** The department the case was dispatched to reports what it did. */
    public CaseHandled handledByDepartment(String handlerId, String summary, Deadline verification, Actor actor,
                                           Instant now) {
        if (departmentCode == null) {
            throw new CaseRuleException("not-dispatched", "Case " + id + " is not with a department.");
        }
        move(CaseAction.FEEDBACK, actor, null, now);
        this.handlingSummary = summary;
        this.handlingPhotoUrls = List.of();
        enter(verification, now);
        return new CaseHandled(id, handlerId != null ? handlerId : departmentCode, departmentCode, summary, now);
    }

    /** The department hands the case back to the level that dispatched it. */
    public CaseReturned returnToHolder(String reason, Deadline holding, Actor actor, Instant now) {
        String department = departmentCode;
        move(CaseAction.RETURN, actor, reason, now);
        this.departmentCode = null;
        enter(holding, now);
        return new CaseReturned(id, department, unitCode, level.name(), reason, now);
    }

    /**
     * The report repeats an open case (same category, close by, shortly before or after): it is
     * linked to that case instead of becoming a second one, and not filed.
     */
    public CaseRejected linkAsDuplicate(UUID original, String gridCode, Actor actor, Instant now) {
        move(CaseAction.LINK, actor, "duplicate of case " + original, now);
        this.duplicateOf = original;
        this.gridCode = gridCode;
        return new CaseRejected(report.reportId(), id, "DUPLICATE: the same problem is already an open case",
                original, now);
    }

    /** An operator judged the report a problem of its own: it is filed and routed like a new report. */
    public void unlink(Actor actor, Instant now) {
        move(CaseAction.UNLINK, actor, "not a duplicate of case " + duplicateOf, now);
        this.duplicateOf = null;
    }

    /**
     * The light of the current deadline turned yellow: warns once, and not at all when the deadline
     * has already passed (the overdue says more).
     */
    public Optional<CaseDeadlineWarning> warnIfDue(Instant now) {
        if (dueAt == null || warned || now.isBefore(warnAt)) {
            return Optional.empty();
        }
        warned = true;
        if (!now.isBefore(dueAt)) {
            return Optional.empty();
        }
        return Optional.of(new CaseDeadlineWarning(id, stage.name(), unitCode, level.name(), dueAt, now));
    }

    /**
     * The current deadline passed: overdue once per deadline. A department that let its deadline
     * pass is marked on the case for its assessment.
     */
    public Optional<CaseOverdue> overdueIfDue(Instant now) {
        if (dueAt == null || overdue || now.isBefore(dueAt)) {
            return Optional.empty();
        }
        overdue = true;
        warned = true;
        String lateDepartment = stage == Stage.DEPARTMENT_HANDLING ? departmentCode : null;
        if (lateDepartment != null && !overdueDepartments.contains(lateDepartment)) {
            List<String> marked = new ArrayList<>(overdueDepartments);
            marked.add(lateDepartment);
            overdueDepartments = List.copyOf(marked);
        }
        return Optional.of(new CaseOverdue(id, stage.name(), unitCode, level.name(), lateDepartment, dueAt, now));
    }

    /**
     * When the deadline scheduler must look at the case next: when its light turns yellow, then when
     * it turns red; null once both have fired or nobody must act on the case.
     */
    public Instant nextDeadlineAt() {
        if (dueAt == null) {
            return null;
        }
        if (!warned) {
            return warnAt;
        }
        return overdue ? null : dueAt;
    }

    /** The light of the case's deadline at {@code now}: paused in mediation; null when nobody must act on it. */
    public Light light(Instant now) {
        return inMediation() ? Light.PAUSED : Light.at(now, warnAt, dueAt);
    }

    public CaseVerified verify(String note, Actor actor, Instant now) {
        move(CaseAction.VERIFY, actor, note, now);
        enter(null, now);
        return new CaseVerified(id, actor.id(), note, now);
    }

    public CaseClosed close(Actor actor, Instant now) {
        move(CaseAction.CLOSE, actor, null, now);
        this.closedAt = now;
        this.closeCause = ClosingCause.VERIFIED;
        return new CaseClosed(id, unitCode, report.category(), lateStages == 0, now, closeCause.name(), null, null,
                null, null);
    }

    /**
     * Whether a dispute opened from this case puts it in mediation now: a filed case that is still
     * open and not in mediation already.
     */
    public boolean mayEnterMediation() {
        return !inMediation() && MACHINE.permits(state, CaseAction.MEDIATE);
    }

    /**
     * The dispute the case is about was opened in mediation at {@code mediationUnitCode}: the case
     * waits for its outcome. Its deadline stops, keeping {@code left} (null when none was running),
     * so nothing warns, turns red or escalates it while the mediators work.
     */
    public CaseMediationStarted enterMediation(UUID dispute, String mediationUnitCode, String mediationLevel,
                                               TimeLeft left, Actor actor, Instant now) {
        move(CaseAction.MEDIATE, actor, "dispute " + dispute + " opened at " + mediationLevel + " " + mediationUnitCode,
                now);
        this.disputeId = dispute;
        this.mediatingSince = now;
        this.pausedTimeLeft = stage == null ? null : left;
        this.warnAt = null;
        this.dueAt = null;
        return new CaseMediationStarted(id, dispute, unitCode, level.name(), mediationUnitCode, mediationLevel,
                stage == null ? null : stage.name(), pausedTimeLeft == null ? null : pausedTimeLeft.toDue().toSeconds(),
                now);
    }

    /** Whether the case waits for the mediation of {@code dispute}. */
    public boolean mediatedIn(UUID dispute) {
        return inMediation() && dispute.equals(disputeId);
    }

    /** The dispute moved up a level in mediation: the audit trail says where it is mediated now; the case still waits. */
    public void mediationMoved(String reason, Actor actor, Instant now) {
        if (!inMediation()) {
            throw new CaseRuleException("not-in-mediation", "Case " + id + " is not in mediation.");
        }
        move(CaseAction.MEDIATE, actor, reason, now);
    }

    /**
     * Whether the outcome of {@code dispute} closes this case now: it is open, and the dispute is
     * the one it went to mediation for, or it went to none (its opening was not seen, e.g. it came
     * before this service read the disputes, or fell out of the topic's retention).
     */
    public boolean closesWith(UUID dispute) {
        return MACHINE.permits(state, CaseAction.CLOSE) && state != CaseState.VERIFIED
                && (disputeId == null || disputeId.equals(dispute));
    }

    /** The parties confirmed a mediation agreement of the case's dispute: the case closes with it. */
    public CaseClosed settle(UUID dispute, UUID agreementId, String settledLevel, String settledUnitCode, Actor actor,
                             Instant now) {
        String settlement = "agreement " + agreementId + " at " + settledLevel + " " + settledUnitCode;
        closeWith(dispute, ClosingCause.SETTLED, "Settled in mediation: " + settlement,
                ClosingCause.SETTLED + ": " + settlement, actor, now);
        return new CaseClosed(id, unitCode, report.category(), lateStages == 0, now, closeCause.name(), dispute,
                agreementId, null, null);
    }

    /** The case's dispute left mediation for a court, an arbitration body or the petition office: the case closes with it. */
    public CaseClosed refer(UUID dispute, String channel, String bodyCode, String reason, Actor actor, Instant now) {
        String referral = channel + " " + bodyCode;
        closeWith(dispute, ClosingCause.REFERRED, "Referred from mediation to " + referral,
                ClosingCause.REFERRED + " to " + referral + ": " + reason, actor, now);
        return new CaseClosed(id, unitCode, report.category(), lateStages == 0, now, closeCause.name(), dispute, null,
                channel, bodyCode);
    }

    private void closeWith(UUID dispute, ClosingCause cause, String summary, String auditReason, Actor actor,
                           Instant now) {
        if (!closesWith(dispute)) {
            throw new CaseRuleException("not-with-dispute", "Case " + id + " does not close with dispute " + dispute + ".");
        }
        move(CaseAction.CLOSE, actor, auditReason, now);
        // The clock stopped when mediation began: the stage was late only if it was late by then.
        if (inMediation() && (overdue || (pausedTimeLeft != null && pausedTimeLeft.ranOut()))) {
            lateStages++;
        }
        enter(null, now);
        this.disputeId = dispute;
        this.mediatingSince = null;
        this.pausedTimeLeft = null;
        this.closeCause = cause;
        this.handlingSummary = summary;
        this.handlingPhotoUrls = List.of();
        this.closedAt = now;
    }

    /** Verification on site failed: back to the handler for rework (返工). */
    public CaseReopened reopen(String reason, Deadline rework, Actor actor, Instant now) {
        return reopen(ReopenCause.VERIFICATION, reason, rework, actor, now);
    }

    /**
     * Back to the handler for rework, with a fresh deadline for {@link #reworkStage()}: the department
     * it was dispatched to, or whoever held it (the grid worker it was assigned to, a level's centre).
     * A verification reopens a handled case only; the other causes reopen a closed or evaluated one.
     *
     * @throws IllegalTransitionException when the case is not in a state this cause reopens
     */
    public CaseReopened reopen(ReopenCause cause, String reason, Deadline rework, Actor actor, Instant now) {
        boolean closed = state == CaseState.CLOSED || state == CaseState.EVALUATED;
        if (cause.afterClose() != closed) {
            throw new IllegalTransitionException(state, CaseAction.REOPEN);
        }
        move(CaseAction.REOPEN, actor, reason, now);
        this.reworkCount++;
        this.closedAt = null;
        this.closeCause = null;
        enter(rework, now);
        return new CaseReopened(id, actor.id(), reason, reworkCount, now, cause.name(), rework.dueAt());
    }

    /** The stage a reopened case is handled in again: with its department, or at the level holding it. */
    public Stage reworkStage() {
        if (departmentCode != null) {
            return Stage.DEPARTMENT_HANDLING;
        }
        return level == Level.GRID ? Stage.GRID_HANDLING : Stage.LEVEL_HANDLING;
    }

    /** The stage a case is in while its holder has it: the grid's or a level's handling. */
    public Stage holdingStage() {
        return level == Level.GRID ? Stage.GRID_HANDLING : Stage.LEVEL_HANDLING;
    }

    /** The reporter (or a grid worker on their behalf) rates the result: 4 and 5 count as satisfied. */
    public CaseEvaluated evaluate(int rating, String comment, Actor actor, Instant now) {
        if (rating < 1 || rating > 5) {
            throw new IllegalArgumentException("a rating is 1 to 5");
        }
        move(CaseAction.EVALUATE, actor, null, now);
        this.rating = rating;
        this.ratingComment = comment;
        return new CaseEvaluated(id, rating, rating >= 4, now);
    }

    /** A higher level flags the case as supervised (督办); it shows in every listing until it closes. */
    public CaseSupervised supervise(String note, Actor actor, Instant now) {
        if (supervised) {
            throw new CaseRuleException("already-supervised", "Case " + id + " is already supervised.");
        }
        move(CaseAction.SUPERVISE, actor, note, now);
        this.supervised = true;
        return new CaseSupervised(id, actor.id(), note, now);
    }

    /** Transitions not yet in the audit trail, oldest first; the store writes and clears them. */
    public List<Transition> pendingTransitions() {
        return List.copyOf(pending);
    }

    void markRecorded() {
        recordedTransitions += pending.size();
        pending.clear();
    }

    private void move(CaseAction action, Actor actor, String reason, Instant now) {
        requireNotMediating(action);
        CaseState from = state;
        state = MACHINE.next(from, action, level);
        updatedAt = now;
        pending.add(new Transition(action, from, state, level, unitCode, actor, reason, now));
    }

    private void requireNotMediating(CaseAction action) {
        if (inMediation() && !MEDIATION.permits(action)) {
            throw new CaseInMediationException(id, state, action, disputeId);
        }
    }

    /** The last transition records where the case is held after it, which the change just set. */
    private void amendLast() {
        Transition last = pending.removeLast();
        pending.add(new Transition(last.action(), last.from(), last.to(), level, unitCode, last.actor(),
                last.reason(), last.at()));
    }

    private void enter(Deadline deadline, Instant now) {
        if (dueAt != null && (overdue || now.isAfter(dueAt))) {
            lateStages++;
        }
        stage = deadline == null ? null : deadline.stage();
        warnAt = deadline == null ? null : deadline.warnAt();
        dueAt = deadline == null ? null : deadline.dueAt();
        warned = false;
        overdue = false;
    }

    public UUID id() {
        return id;
    }

    public String trackingCode() {
        return trackingCode;
    }

    public Report report() {
        return report;
    }

    public CaseState state() {
        return state;
    }

    public Severity severity() {
        return severity;
    }

    public String gridCode() {
        return gridCode;
    }

    public Level level() {
        return level;
    }

    public String unitCode() {
        return unitCode;
    }

    public String assigneeId() {
        return assigneeId;
    }

    public String departmentCode() {
        return departmentCode;
    }

    public boolean awaitingPlacement() {
        return awaitingPlacement;
    }

    public boolean supervised() {
        return supervised;
    }

    public int reworkCount() {
        return reworkCount;
    }

    public Stage stage() {
        return stage;
    }

    public Instant warnAt() {
        return warnAt;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public boolean warned() {
        return warned;
    }

    public boolean overdue() {
        return overdue;
    }

    /** The departments that let a deadline of this case pass, for their assessment. */
    public List<String> overdueDepartments() {
        return overdueDepartments;
    }

    /** The open case this report repeats; null unless the case is a linked duplicate. */
    public UUID duplicateOf() {
        return duplicateOf;
    }

    public int lateStages() {
        return lateStages;
    }

    public String rejectReason() {
        return rejectReason;
    }

    /** Why a command centre rejected the case; null unless one did. */
    public RejectionReason rejectionCode() {
        return rejectionCode;
    }

    /** When the case last closed; null while it is not closed. */
    public Instant closedAt() {
        return closedAt;
    }

    /** When the reporter's contact was erased after its retention; null while kept, or when none was left. */
    public Instant reporterContactErasedAt() {
        return reporterContactErasedAt;
    }

    public String handlingSummary() {
        return handlingSummary;
    }

    public List<String> handlingPhotoUrls() {
        return handlingPhotoUrls;
    }

    public Integer rating() {
        return rating;
    }

    public String ratingComment() {
        return ratingComment;
    }

    /** The dispute opened from this case, once it went to mediation; kept after the case closed with it. */
    public UUID disputeId() {
        return disputeId;
    }

    /** Whether the case waits for the outcome of its dispute's mediation, its deadline paused. */
    public boolean inMediation() {
        return mediatingSince != null;
    }

    /** When the case entered mediation; null when it is not in mediation. */
    public Instant mediatingSince() {
        return mediatingSince;
    }

    /** What the paused stage had left when mediation began; null when not paused or no stage was running. */
    public TimeLeft pausedTimeLeft() {
        return pausedTimeLeft;
    }

    /** Why the case closed; null while it is open. */
    public ClosingCause closeCause() {
        return closeCause;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    int recordedTransitions() {
        return recordedTransitions;
    }

    /** The stored, changing part of a case, as the store reads it. */
    record Stored(CaseState state, Severity severity, String gridCode, Level level, String unitCode,
                  String assigneeId, String departmentCode, boolean awaitingPlacement, boolean supervised,
                  int reworkCount, Stage stage, Instant warnAt, Instant dueAt, boolean warned, boolean overdue,
                  int lateStages, List<String> overdueDepartments, UUID duplicateOf, String rejectReason,
                  RejectionReason rejectionCode, Instant closedAt, String handlingSummary,
                  List<String> handlingPhotoUrls, Integer rating, String ratingComment, UUID disputeId,
                  Instant mediatingSince, TimeLeft pausedTimeLeft, ClosingCause closeCause, Instant updatedAt,
                  int recordedTransitions, Instant reporterContactErasedAt) {
    }
}
