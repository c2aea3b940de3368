package org.gridgov.cases.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.cases.deadline.OverdueRule.Consequence.DEPARTMENT_ASSESSED;
import static org.gridgov.cases.deadline.OverdueRule.Consequence.ESCALATE;
import static org.gridgov.cases.deadline.OverdueRule.Consequence.HOLDER_TOLD;

import org.gridgov.cases.lifecycle.CaseState;
import org.gridgov.cases.routing.Level;
import org.junit.jupiter.api.Test;

class OverdueRuleTest {

    private final OverdueRule rule = new OverdueRule();

    @Test
    void caseLeftTooLongInTheGridGoesUpByItself() {
        assertThat(rule.after(Stage.GRID_HANDLING, CaseState.ASSIGNED, Level.GRID, false)).isEqualTo(ESCALATE);
    }

    @Test
    void villageAndTownThatLetTheTimeRunOutPassTheCaseUp() {
        assertThat(rule.after(Stage.LEVEL_HANDLING, CaseState.ESCALATED, Level.VILLAGE, false)).isEqualTo(ESCALATE);
        assertThat(rule.after(Stage.LEVEL_HANDLING, CaseState.ESCALATED, Level.TOWN, false)).isEqualTo(ESCALATE);
    }

    @Test
    void reworkLeftUndoneAtALevelGoesUpToo() {
        assertThat(rule.after(Stage.GRID_HANDLING, CaseState.REOPENED, Level.GRID, false)).isEqualTo(ESCALATE);
    }

    @Test
    void gridWithoutAWorkerDoesNotKeepACaseForever() {
        assertThat(rule.after(Stage.FILING, CaseState.FILED, Level.GRID, false)).isEqualTo(ESCALATE);
    }

    @Test
    void countyHasNobodyAboveAndIsOnlyTold() {
        assertThat(rule.after(Stage.LEVEL_HANDLING, CaseState.ESCALATED, Level.COUNTY, false)).isEqualTo(HOLDER_TOLD);
    }

    @Test
    void caseWaitingForAPlaceIsLeftToTheCentre() {
        assertThat(rule.after(Stage.FILING, CaseState.FILED, Level.COUNTY, true)).isEqualTo(HOLDER_TOLD);
    }

    @Test
    void lateDepartmentIsAssessedAndTheHolderTold() {
        assertThat(rule.after(Stage.DEPARTMENT_HANDLING, CaseState.DISPATCHED, Level.VILLAGE, false))
                .isEqualTo(DEPARTMENT_ASSESSED);
        assertThat(rule.after(Stage.DEPARTMENT_HANDLING, CaseState.REOPENED, Level.COUNTY, false))
                .isEqualTo(DEPARTMENT_ASSESSED);
    }

    @Test
    void lateVerificationIsReportedNotEscalated() {
        assertThat(rule.after(Stage.VERIFICATION, CaseState.HANDLED, Level.GRID, false)).isEqualTo(HOLDER_TOLD);
    }
}
