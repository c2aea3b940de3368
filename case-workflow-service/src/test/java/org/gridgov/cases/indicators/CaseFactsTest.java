package org.gridgov.cases.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
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
import org.junit.jupiter.api.Test;

class CaseFactsTest {

    private static final UUID CASE = UUID.fromString("9f1c2b7a-3d4e-4f60-8a1b-2c3d4e5f6a7b");
    private static final String COUNTY = "130527";
    private static final String GRID = "130527100201001";
    private static final String VILLAGE = "130527100201";
    private static final Instant NINE = Instant.parse("2026-03-02T01:00:00Z");

    @Test
    void caseClimbingToItsVillageAndClosedThereIsSettledAtTheVillage() {
        CaseFacts facts = fold(
                new CaseFiled(CASE, UUID.randomUUID(), "ENV_GARBAGE", GRID, GRID, "GRID", "NORMAL", "WECHAT", NINE),
                new CaseAssigned(CASE, GRID, "w-bjs-01", NINE.plusSeconds(86_400), NINE),
                new CaseEscalated(CASE, GRID, "GRID", VILLAGE, "VILLAGE", "OVERDUE", null, "ENV_GARBAGE",
                        NINE.plusSeconds(200_000), NINE.plusSeconds(90_000)),
                new CaseOverdue(CASE, "GRID_HANDLING", GRID, "GRID", null, NINE.plusSeconds(86_400), NINE.plusSeconds(90_000)),
                new CaseDispatched(CASE, VILLAGE, "VILLAGE", "WATER", "ENV_GARBAGE", null, NINE.plusSeconds(300_000),
                        NINE.plusSeconds(100_000)),
                new CaseReturned(CASE, "WATER", VILLAGE, "VILLAGE", "not ours", NINE.plusSeconds(101_000)),
                new CaseDispatched(CASE, VILLAGE, "VILLAGE", "URBAN_MGMT", "ENV_GARBAGE", null, NINE.plusSeconds(300_000),
                        NINE.plusSeconds(102_000)),
                new CaseHandled(CASE, "um-7", "URBAN_MGMT", "cleared", NINE.plusSeconds(110_000)),
                new CaseReopened(CASE, "w-bjs-01", "still there", 1, NINE.plusSeconds(111_000)),
                new CaseHandled(CASE, "um-7", "URBAN_MGMT", "cleared again", NINE.plusSeconds(120_000)),
                new CaseClosed(CASE, VILLAGE, "ENV_GARBAGE", false, NINE.plusSeconds(121_000)),
                new CaseEvaluated(CASE, 4, true, NINE.plusSeconds(130_000)));

        assertThat(facts.gridCode).isEqualTo(GRID);
        assertThat(facts.reportedAt).isEqualTo(NINE);
        assertThat(facts.workerId).isEqualTo("w-bjs-01");
        assertThat(facts.level).isEqualTo("VILLAGE");
        assertThat(facts.departmentCode).isEqualTo("URBAN_MGMT");
        assertThat(facts.reworkCount).isEqualTo(1);
        assertThat(facts.overdueCount).isEqualTo(1);
        assertThat(facts.departmentLate).isFalse();
        assertThat(facts.closedAt).isEqualTo(NINE.plusSeconds(121_000));
        assertThat(facts.closedOnTime).isFalse();
        assertThat(facts.rating).isEqualTo(4);
    }

    @Test
    void caseFiledWithoutAPlaceLearnsItsGridWhenPlaced() {
        CaseFacts facts = fold(
                new CaseFiled(CASE, UUID.randomUUID(), "ENV_GARBAGE", COUNTY, COUNTY, "COUNTY", "NORMAL", "HOTLINE", NINE),
                new CaseAssigned(CASE, GRID, "w-bjs-01", NINE.plusSeconds(86_400), NINE.plusSeconds(600)));

        assertThat(facts.gridCode).isEqualTo(GRID);
        assertThat(facts.level).isEqualTo("GRID");
    }

    @Test
    void duplicateUnlinkedByAnOperatorBecomesAFiledCase() {
        UUID original = UUID.randomUUID();

        CaseFacts linked = fold(new CaseRejected(UUID.randomUUID(), CASE, "DUPLICATE", original, NINE));
        CaseFacts unlinked = fold(new CaseRejected(UUID.randomUUID(), CASE, "DUPLICATE", original, NINE),
                new CaseFiled(CASE, UUID.randomUUID(), "ENV_GARBAGE", GRID, GRID, "GRID", "NORMAL", "WECHAT",
                        NINE.plusSeconds(600)));

        assertThat(linked.rejected).isTrue();
        assertThat(linked.duplicateOf).isEqualTo(original);
        assertThat(linked.filedAt).isNull();
        assertThat(unlinked.rejected).isFalse();
        assertThat(unlinked.duplicateOf).isNull();
        assertThat(unlinked.reportedAt).isEqualTo(NINE);
        assertThat(unlinked.filedAt).isEqualTo(NINE.plusSeconds(600));
    }

    @Test
    void filedCaseACentreRejectedKeepsItsPlaceAndItsReason() {
        CaseFacts facts = fold(
                new CaseFiled(CASE, UUID.randomUUID(), "ENV_GARBAGE", GRID, GRID, "GRID", "NORMAL", "WECHAT", NINE),
                new CaseAssigned(CASE, GRID, "w-bjs-01", NINE.plusSeconds(86_400), NINE),
                new CaseRejected(UUID.randomUUID(), CASE, "PRANK: nobody there", null, NINE.plusSeconds(600), "PRANK"));

        assertThat(facts.rejected).isTrue();
        assertThat(facts.rejectionCode).isEqualTo("PRANK");
        assertThat(facts.gridCode).isEqualTo(GRID);
        assertThat(facts.filedAt).isEqualTo(NINE);
    }

    @Test
    void closedCaseReopenedIsOpenAgainUntilItClosesAgain() {
        CaseFacts reopened = fold(
                new CaseFiled(CASE, UUID.randomUUID(), "ENV_GARBAGE", GRID, GRID, "GRID", "NORMAL", "WECHAT", NINE),
                new CaseClosed(CASE, GRID, "ENV_GARBAGE", true, NINE.plusSeconds(3_600)),
                new CaseEvaluated(CASE, 1, false, NINE.plusSeconds(7_200)),
                new CaseReopened(CASE, "resident", "still there", 1, NINE.plusSeconds(7_200), "RESIDENT",
                        NINE.plusSeconds(90_000)));
        CaseFacts closedAgain = fold(
                new CaseFiled(CASE, UUID.randomUUID(), "ENV_GARBAGE", GRID, GRID, "GRID", "NORMAL", "WECHAT", NINE),
                new CaseClosed(CASE, GRID, "ENV_GARBAGE", true, NINE.plusSeconds(3_600)),
                new CaseReopened(CASE, "c-bjs", "back again", 1, NINE.plusSeconds(7_200), "SUPERVISOR",
                        NINE.plusSeconds(90_000)),
                new CaseClosed(CASE, GRID, "ENV_GARBAGE", false, NINE.plusSeconds(20_000)));

        assertThat(reopened.closedAt).isNull();
        assertThat(reopened.closedOnTime).isNull();
        assertThat(reopened.reworkCount).isEqualTo(1);
        assertThat(reopened.rating).isEqualTo(1);
        assertThat(closedAgain.closedAt).isEqualTo(NINE.plusSeconds(20_000));
        assertThat(closedAgain.closedOnTime).isFalse();
    }

    private static CaseFacts fold(Object... events) {
        CaseFacts facts = new CaseFacts(CASE);
        List.of(events).forEach(event -> facts.apply(event, NINE));
        return facts;
    }
}
