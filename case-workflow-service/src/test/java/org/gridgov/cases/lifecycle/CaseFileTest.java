package org.gridgov.cases.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.gridgov.cases.catalogue.Severity;
import org.gridgov.cases.deadline.Deadline;
import org.gridgov.cases.deadline.Light;
import org.gridgov.cases.deadline.Stage;
import org.gridgov.cases.routing.EscalationCause;
import org.gridgov.cases.routing.Level;
import org.gridgov.cases.routing.Placement;
import org.gridgov.events.cases.CaseClosed;
import org.gridgov.events.cases.CaseEscalated;
import org.gridgov.events.cases.CaseRejected;
import org.gridgov.events.cases.CaseReopened;
import org.junit.jupiter.api.Test;

class CaseFileTest {

    private static final Instant MONDAY_NINE = Instant.parse("2026-11-23T01:00:00Z");
    private static final String GRID = "430281001004001";
    private static final Actor WORKER = new Actor("w-mft-1", "GRID_WORKER");
    private static final Actor STREET_CENTRE = new Actor("c-llm", "COMMAND_CENTRE");
    private static final Actor HOUSING = Actor.department("HOUSING", "h-9");

    @Test
    void escalationSaysWhereTheCaseCameFromWhereItWentAndWhy() {
        CaseFile roof = assignedRoofLeak();

        CaseEscalated escalated = roof.escalate(new Placement.Held(Level.VILLAGE, "430281001004"), EscalationCause.EXPLICIT,
                "the roof needs a contractor", due(Stage.LEVEL_HANDLING, 72), WORKER, MONDAY_NINE.plusSeconds(3600));

        assertThat(escalated.fromUnitCode()).isEqualTo(GRID);
        assertThat(escalated.fromLevel()).isEqualTo("GRID");
        assertThat(escalated.targetUnitCode()).isEqualTo("430281001004");
        assertThat(escalated.level()).isEqualTo("VILLAGE");
        assertThat(escalated.reason()).isEqualTo("the roof needs a contractor");
        assertThat(roof.assigneeId()).isNull();
        assertThat(roof.stage()).isEqualTo(Stage.LEVEL_HANDLING);
    }

    @Test
    void everyChangeLeavesOneAuditRowWithWhoAndWhere() {
        CaseFile roof = assignedRoofLeak();

        List<Transition> trail = roof.pendingTransitions();

        assertThat(trail).extracting(Transition::action).containsExactly(CaseAction.REPORT, CaseAction.FILE, CaseAction.ASSIGN);
        assertThat(trail.get(0).from()).isNull();
        assertThat(trail.get(2).actor()).isEqualTo(Actor.ROUTING);
        assertThat(trail.get(2).level()).isEqualTo(Level.GRID);
        assertThat(trail.get(2).unitCode()).isEqualTo(GRID);
    }

    @Test
    void failedVerificationOfADepartmentsWorkSendsItBackToTheDepartmentAsRework() {
        CaseFile roof = assignedRoofLeak();
        roof.dispatch("HOUSING", null, due(Stage.DEPARTMENT_HANDLING, 168), STREET_CENTRE, MONDAY_NINE);
        roof.handledByDepartment("h-9", "roof patched", due(Stage.VERIFICATION, 24), HOUSING, MONDAY_NINE);

        CaseReopened reopened = roof.reopen("still leaks in the rain", due(roof.reworkStage(), 168), WORKER, MONDAY_NINE);

        assertThat(reopened.reworkCount()).isEqualTo(1);
        assertThat(roof.state()).isEqualTo(CaseState.REOPENED);
        assertThat(roof.stage()).isEqualTo(Stage.DEPARTMENT_HANDLING);
        assertThat(roof.departmentCode()).isEqualTo("HOUSING");
    }

    @Test
    void caseHandledAfterItsDeadlineClosesLate() {
        CaseFile roof = assignedRoofLeak();
        Instant dayTwo = MONDAY_NINE.plus(Duration.ofHours(30));
        roof.resolve("roof sheets replaced", List.of(), new Deadline(Stage.VERIFICATION, dayTwo.plus(Duration.ofHours(18)),
                dayTwo.plus(Duration.ofHours(24))),
                WORKER, dayTwo);
        roof.verify("dry after rain", WORKER, dayTwo.plusSeconds(600));

        CaseClosed closed = roof.close(WORKER, dayTwo.plusSeconds(600));

        assertThat(closed.onTime()).isFalse();
        assertThat(roof.lateStages()).isEqualTo(1);
    }

    @Test
    void caseHandledWithinEveryLimitClosesOnTime() {
        CaseFile roof = assignedRoofLeak();
        roof.resolve("gutter cleared", List.of(), due(Stage.VERIFICATION, 24), WORKER, MONDAY_NINE.plusSeconds(7200));
        roof.verify(null, WORKER, MONDAY_NINE.plusSeconds(9000));

        assertThat(roof.close(WORKER, MONDAY_NINE.plusSeconds(9000)).onTime()).isTrue();
    }

    @Test
    void ratingIsOneToFiveAndFourOrFiveCountsAsSatisfied() {
        CaseFile roof = closedRoofLeak();

        assertThatThrownBy(() -> roof.evaluate(6, null, Actor.RESIDENT, MONDAY_NINE)).isInstanceOf(IllegalArgumentException.class);
        assertThat(roof.evaluate(4, "fine", Actor.RESIDENT, MONDAY_NINE).satisfied()).isTrue();
        assertThat(closedRoofLeak().evaluate(3, null, Actor.RESIDENT, MONDAY_NINE).satisfied()).isFalse();
    }

    @Test
    void caseIsSupervisedOnce() {
        CaseFile roof = assignedRoofLeak();
        roof.supervise("many complaints", STREET_CENTRE, MONDAY_NINE);

        assertThatThrownBy(() -> roof.supervise("again", STREET_CENTRE, MONDAY_NINE))
                .isInstanceOfSatisfying(CaseRuleException.class, refused -> assertThat(refused.slug()).isEqualTo("already-supervised"));
        assertThat(roof.supervised()).isTrue();
        assertThat(roof.state()).isEqualTo(CaseState.ASSIGNED);
    }

    @Test
    void departmentCannotReportOnACaseNotDispatchedToAnyone() {
        CaseFile roof = assignedRoofLeak();

        assertThatThrownBy(() -> roof.handledByDepartment("h-9", "done", due(Stage.VERIFICATION, 24), HOUSING, MONDAY_NINE))
                .isInstanceOfSatisfying(CaseRuleException.class, refused -> assertThat(refused.slug()).isEqualTo("not-dispatched"));
    }

    @Test
    void deadlineWarnsOnceWhenItsLightTurnsYellowThenIsOverdueOnce() {
        CaseFile roof = assignedRoofLeak();
        Instant yellow = roof.warnAt();

        assertThat(roof.warnIfDue(yellow.minusSeconds(1))).isEmpty();
        assertThat(roof.warnIfDue(yellow)).hasValueSatisfying(warning -> {
            assertThat(warning.stage()).isEqualTo("GRID_HANDLING");
            assertThat(warning.dueAt()).isEqualTo(roof.dueAt());
        });
        assertThat(roof.warnIfDue(yellow.plusSeconds(1))).isEmpty();
        assertThat(roof.nextDeadlineAt()).isEqualTo(roof.dueAt());

        assertThat(roof.overdueIfDue(roof.dueAt())).hasValueSatisfying(overdue -> {
            assertThat(overdue.unitCode()).isEqualTo(GRID);
            assertThat(overdue.departmentCode()).isNull();
        });
        assertThat(roof.overdueIfDue(roof.dueAt().plusSeconds(3600))).isEmpty();
        assertThat(roof.nextDeadlineAt()).isNull();
    }

    @Test
    void deadlineFoundOnlyWhenAlreadyRedIsOverdueWithoutAWarning() {
        CaseFile roof = assignedRoofLeak();
        Instant afterRestart = roof.dueAt().plus(Duration.ofHours(5));

        assertThat(roof.warnIfDue(afterRestart)).isEmpty();
        assertThat(roof.overdueIfDue(afterRestart)).isPresent();
        assertThat(roof.light(afterRestart)).isEqualTo(Light.RED);
    }

    @Test
    void departmentThatLetsItsDeadlinePassIsMarkedForItsAssessment() {
        CaseFile roof = assignedRoofLeak();
        roof.dispatch("HOUSING", "fix the roof", due(Stage.DEPARTMENT_HANDLING, 72), STREET_CENTRE, MONDAY_NINE);

        var overdue = roof.overdueIfDue(roof.dueAt());

        assertThat(overdue).hasValueSatisfying(late -> assertThat(late.departmentCode()).isEqualTo("HOUSING"));
        assertThat(roof.overdueDepartments()).containsExactly("HOUSING");
        assertThat(roof.state()).isEqualTo(CaseState.DISPATCHED);
    }

    @Test
    void stageLeftOverdueCountsAsLateAndTheNextStageStartsAfresh() {
        CaseFile roof = assignedRoofLeak();
        Instant due = roof.dueAt();
        roof.overdueIfDue(due);

        roof.escalate(new Placement.Held(Level.VILLAGE, "430281001004"), EscalationCause.OVERDUE, null,
                new Deadline(Stage.LEVEL_HANDLING, due.plus(Duration.ofHours(36)), due.plus(Duration.ofHours(48))),
                Actor.ROUTING, due);

        assertThat(roof.lateStages()).isEqualTo(1);
        assertThat(roof.overdue()).isFalse();
        assertThat(roof.nextDeadlineAt()).isEqualTo(due.plus(Duration.ofHours(36)));
        assertThat(roof.pendingTransitions().getLast().reason()).isEqualTo("OVERDUE");
    }

    @Test
    void linkedDuplicateIsRejectedWithTheCaseItRepeatsAndCanBeUnlinked() {
        Report report = new Report(UUID.randomUUID(), "OLD_COMPOUND_ROOF_LEAK", "water through the ceiling", 113.5, 27.6,
                null, null, "HOTLINE", List.of(), 1, false, null, MONDAY_NINE);
        CaseFile again = CaseFile.reported(UUID.randomUUID(), "8K3M9QZT2B", report, Actor.RESIDENT, MONDAY_NINE);
        UUID original = UUID.randomUUID();

        var rejected = again.linkAsDuplicate(original, GRID, Actor.ROUTING, MONDAY_NINE);

        assertThat(rejected.duplicateOf()).isEqualTo(original);
        assertThat(rejected.caseId()).isEqualTo(again.id());
        assertThat(again.state()).isEqualTo(CaseState.DUPLICATE);
        assertThat(again.state().isOpen()).isFalse();

        again.unlink(STREET_CENTRE, MONDAY_NINE.plusSeconds(600));

        assertThat(again.state()).isEqualTo(CaseState.REPORTED);
        assertThat(again.duplicateOf()).isNull();
    }

    @Test
    void centreRejectsAnAssignedCaseWithItsCodeAndTheNoteStaysWithStaff() {
        CaseFile prank = assignedRoofLeak();

        CaseRejected rejected = prank.rejectAsOperator(RejectionReason.PRANK, "the caller laughed and hung up",
                STREET_CENTRE, MONDAY_NINE.plusSeconds(600));

        assertThat(prank.state()).isEqualTo(CaseState.REJECTED);
        assertThat(prank.rejectionCode()).isEqualTo(RejectionReason.PRANK);
        assertThat(prank.rejectReason()).isEqualTo("the caller laughed and hung up");
        assertThat(prank.dueAt()).isNull();
        assertThat(rejected.reasonCode()).isEqualTo("PRANK");
        assertThat(rejected.caseId()).isEqualTo(prank.id());
        Transition last = prank.pendingTransitions().getLast();
        assertThat(last.action()).isEqualTo(CaseAction.REJECT);
        assertThat(last.from()).isEqualTo(CaseState.ASSIGNED);
        assertThat(last.actor()).isEqualTo(STREET_CENTRE);
        assertThat(last.reason()).isEqualTo("PRANK: the caller laughed and hung up");
    }

    @Test
    void caseWithADepartmentCannotBeRejectedAnyMore() {
        CaseFile roof = assignedRoofLeak();
        roof.dispatch("HOUSING", null, due(Stage.DEPARTMENT_HANDLING, 168), STREET_CENTRE, MONDAY_NINE);

        assertThatThrownBy(() -> roof.rejectAsOperator(RejectionReason.INVALID, "nothing there", STREET_CENTRE, MONDAY_NINE))
                .isInstanceOfSatisfying(IllegalTransitionException.class,
                        refused -> assertThat(refused.state()).isEqualTo(CaseState.DISPATCHED));
    }

    @Test
    void closedCaseReopenedByTheCentreGoesBackToItsGridWorkerWithAFreshDeadline() {
        CaseFile roof = closedRoofLeak();
        Instant weekLater = MONDAY_NINE.plus(Duration.ofDays(5));
        Deadline rework = new Deadline(roof.reworkStage(), weekLater.plus(Duration.ofHours(18)), weekLater.plus(Duration.ofHours(24)));

        CaseReopened reopened = roof.reopen(ReopenCause.SUPERVISOR, "it drips again", rework, STREET_CENTRE, weekLater);

        assertThat(roof.state()).isEqualTo(CaseState.REOPENED);
        assertThat(roof.assigneeId()).isEqualTo("w-mft-1");
        assertThat(roof.stage()).isEqualTo(Stage.GRID_HANDLING);
        assertThat(roof.dueAt()).isEqualTo(weekLater.plus(Duration.ofHours(24)));
        assertThat(roof.closedAt()).isNull();
        assertThat(reopened.cause()).isEqualTo("SUPERVISOR");
        assertThat(reopened.verifierId()).isEqualTo("c-llm");
        assertThat(reopened.dueAt()).isEqualTo(rework.dueAt());
        assertThat(reopened.reworkCount()).isEqualTo(1);
        assertThat(roof.pendingTransitions().getLast().reason()).isEqualTo("it drips again");
    }

    @Test
    void departmentsWorkReopenedAfterTheCloseGoesBackToTheDepartment() {
        CaseFile roof = assignedRoofLeak();
        roof.dispatch("HOUSING", null, due(Stage.DEPARTMENT_HANDLING, 168), STREET_CENTRE, MONDAY_NINE);
        roof.handledByDepartment("h-9", "roof patched", due(Stage.VERIFICATION, 24), HOUSING, MONDAY_NINE);
        roof.verify(null, WORKER, MONDAY_NINE);
        roof.close(WORKER, MONDAY_NINE);
        roof.evaluate(2, "leaks again", Actor.RESIDENT, MONDAY_NINE);

        roof.reopen(ReopenCause.RESIDENT, "leaks again", due(roof.reworkStage(), 168), Actor.RESIDENT, MONDAY_NINE);

        assertThat(roof.state()).isEqualTo(CaseState.REOPENED);
        assertThat(roof.stage()).isEqualTo(Stage.DEPARTMENT_HANDLING);
        assertThat(roof.departmentCode()).isEqualTo("HOUSING");
        assertThat(roof.rating()).isEqualTo(2);
    }

    @Test
    void verificationReopensOnlyHandledCasesAndOthersOnlyClosedOnes() {
        CaseFile closed = closedRoofLeak();
        CaseFile handled = assignedRoofLeak();
        handled.resolve("fixed", List.of(), due(Stage.VERIFICATION, 24), WORKER, MONDAY_NINE);

        assertThatThrownBy(() -> closed.reopen("still wet", due(Stage.GRID_HANDLING, 24), WORKER, MONDAY_NINE))
                .isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> handled.reopen(ReopenCause.SUPERVISOR, "still wet", due(Stage.GRID_HANDLING, 24),
                STREET_CENTRE, MONDAY_NINE)).isInstanceOf(IllegalTransitionException.class);
        assertThat(closed.state()).isEqualTo(CaseState.CLOSED);
        assertThat(handled.state()).isEqualTo(CaseState.HANDLED);
    }

    private static CaseFile assignedRoofLeak() {
        Report report = new Report(UUID.randomUUID(), "OLD_COMPOUND_ROOF_LEAK", "the top-floor ceiling drips", null, null,
                GRID, null, "GRID_WORKER_APP", List.of(), 3, false, "w-mft-1", MONDAY_NINE);
        CaseFile file = CaseFile.reported(UUID.randomUUID(), "7K3M9QZT2A", report, WORKER, MONDAY_NINE);
        file.file(GRID, new Placement.Held(Level.GRID, GRID), Severity.NORMAL, false, due(Stage.FILING, 2), Actor.ROUTING,
                MONDAY_NINE);
        file.assign(GRID, "w-mft-1", due(Stage.GRID_HANDLING, 24), Actor.ROUTING, MONDAY_NINE);
        return file;
    }

    private static CaseFile closedRoofLeak() {
        CaseFile roof = assignedRoofLeak();
        roof.resolve("fixed", List.of(), due(Stage.VERIFICATION, 24), WORKER, MONDAY_NINE);
        roof.verify(null, WORKER, MONDAY_NINE);
        roof.close(WORKER, MONDAY_NINE);
        return roof;
    }

    private static Deadline due(Stage stage, int hours) {
        return new Deadline(stage, MONDAY_NINE.plus(Duration.ofMinutes(hours * 45L)), MONDAY_NINE.plus(Duration.ofHours(hours)));
    }
}
