package org.gridgov.cases.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.gridgov.cases.catalogue.Severity;
import org.gridgov.cases.deadline.Deadline;
import org.gridgov.cases.deadline.Stage;
import org.gridgov.cases.routing.EscalationCause;
import org.gridgov.cases.routing.Level;
import org.gridgov.cases.routing.Placement;
import org.gridgov.events.cases.CaseClosed;
import org.gridgov.events.cases.CaseEscalated;
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
        roof.resolve("roof sheets replaced", List.of(), new Deadline(Stage.VERIFICATION, dayTwo.plus(Duration.ofHours(24))),
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
        return new Deadline(stage, MONDAY_NINE.plus(Duration.ofHours(hours)));
    }
}
