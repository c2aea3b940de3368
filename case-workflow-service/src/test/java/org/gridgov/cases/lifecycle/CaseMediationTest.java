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
import org.gridgov.cases.deadline.TimeLeft;
import org.gridgov.cases.routing.Level;
import org.gridgov.cases.routing.Placement;
import org.gridgov.events.cases.CaseClosed;
import org.gridgov.events.cases.CaseMediationStarted;
import org.junit.jupiter.api.Test;

/** A case whose dispute is in mediation (seed 002: Nanhe's land quarrels), every instant fixed. */
class CaseMediationTest {

    private static final Instant MONDAY_NINE = Instant.parse("2026-06-01T01:00:00Z");
    private static final String GRID = "130527100201001";
    private static final String VILLAGE = "130527100201";
    private static final String TOWN = "130527100";
    private static final UUID DISPUTE = UUID.fromString("e7f8a9b0-c1d2-4e3f-a4b5-c6d7e8f9a0b1");
    private static final UUID AGREEMENT = UUID.fromString("6a7b8c9d-0e1f-4a2b-9c3d-4e5f6a7b8c9d");
    private static final Actor MEDIATION = new Actor("dispute-mediation", "SYSTEM");
    private static final Actor WORKER = new Actor("gw-130527100201001", "GRID_WORKER");
    private static final TimeLeft THIRTY_HOURS = new TimeLeft(Duration.ofHours(20), Duration.ofHours(30));

    @Test
    void caseEnteringMediationStopsItsDeadlineKeepingTheTimeItHadLeft() {
        CaseFile quarrel = assignedLandQuarrel();

        CaseMediationStarted started = quarrel.enterMediation(DISPUTE, VILLAGE, "VILLAGE", THIRTY_HOURS, MEDIATION,
                MONDAY_NINE.plusSeconds(60));

        assertThat(started.stage()).isEqualTo("GRID_HANDLING");
        assertThat(started.secondsLeft()).isEqualTo(30 * 3600L);
        assertThat(started.mediationUnitCode()).isEqualTo(VILLAGE);
        assertThat(started.unitCode()).isEqualTo(GRID);
        assertThat(quarrel.state()).isEqualTo(CaseState.ASSIGNED);
        assertThat(quarrel.inMediation()).isTrue();
        assertThat(quarrel.pausedTimeLeft()).isEqualTo(THIRTY_HOURS);
        assertThat(quarrel.stage()).isEqualTo(Stage.GRID_HANDLING);
        assertThat(quarrel.dueAt()).isNull();
        assertThat(quarrel.nextDeadlineAt()).isNull();
        assertThat(quarrel.pendingTransitions().getLast().action()).isEqualTo(CaseAction.MEDIATE);
    }

    @Test
    void pausedCaseNeverWarnsNorTurnsRedHoweverLongTheMediationTakes() {
        CaseFile quarrel = inMediation();
        Instant monthLater = MONDAY_NINE.plus(Duration.ofDays(30));

        assertThat(quarrel.warnIfDue(monthLater)).isEmpty();
        assertThat(quarrel.overdueIfDue(monthLater)).isEmpty();
        assertThat(quarrel.light(monthLater)).isEqualTo(Light.PAUSED);
    }

    @Test
    void caseInMediationRefusesTheStepsOfTheLoopWithItsDispute() {
        CaseFile quarrel = inMediation();

        for (CaseAction step : List.of(CaseAction.ESCALATE, CaseAction.DISPATCH, CaseAction.RESOLVE, CaseAction.PLACE,
                CaseAction.VERIFY)) {
            assertThatThrownBy(() -> quarrel.requireAllowed(step))
                    .as(step.name())
                    .isInstanceOfSatisfying(CaseInMediationException.class, refused -> {
                        assertThat(refused.slug()).isEqualTo("in-mediation");
                        assertThat(refused.action()).isEqualTo(step);
                        assertThat(refused.disputeId()).isEqualTo(DISPUTE);
                    });
        }
        assertThatThrownBy(() -> quarrel.resolve("settled it myself", List.of(), due(Stage.VERIFICATION, 24), WORKER,
                MONDAY_NINE)).isInstanceOf(CaseInMediationException.class);
        assertThat(quarrel.state()).isEqualTo(CaseState.ASSIGNED);
    }

    @Test
    void caseInMediationMayStillBeSupervised() {
        CaseFile quarrel = inMediation();

        quarrel.supervise("the town watches land quarrels", new Actor("c-town", "COMMAND_CENTRE"), MONDAY_NINE);

        assertThat(quarrel.supervised()).isTrue();
        assertThat(quarrel.inMediation()).isTrue();
    }

    @Test
    void disputeMovingUpInMediationIsRecordedAndTheCaseStillWaits() {
        CaseFile quarrel = inMediation();

        quarrel.mediationMoved("dispute escalated to TOWN " + TOWN, MEDIATION, MONDAY_NINE.plusSeconds(3600));

        assertThat(quarrel.pendingTransitions().getLast().reason()).isEqualTo("dispute escalated to TOWN " + TOWN);
        assertThat(quarrel.inMediation()).isTrue();
        assertThat(quarrel.light(MONDAY_NINE.plus(Duration.ofDays(9)))).isEqualTo(Light.PAUSED);
    }

    @Test
    void settledDisputeClosesTheCaseOnTimeWithItsAgreement() {
        CaseFile quarrel = inMediation();
        Instant tenDaysLater = MONDAY_NINE.plus(Duration.ofDays(10));

        CaseClosed closed = quarrel.settle(DISPUTE, AGREEMENT, "TOWN", TOWN, MEDIATION, tenDaysLater);

        assertThat(closed.cause()).isEqualTo("SETTLED");
        assertThat(closed.agreementId()).isEqualTo(AGREEMENT);
        assertThat(closed.disputeId()).isEqualTo(DISPUTE);
        assertThat(closed.onTime()).isTrue();
        assertThat(quarrel.state()).isEqualTo(CaseState.CLOSED);
        assertThat(quarrel.closeCause()).isEqualTo(ClosingCause.SETTLED);
        assertThat(quarrel.inMediation()).isFalse();
        assertThat(quarrel.stage()).isNull();
        assertThat(quarrel.light(tenDaysLater)).isNull();
        assertThat(quarrel.handlingSummary()).contains(AGREEMENT.toString());
        assertThat(quarrel.pendingTransitions().getLast().reason()).startsWith("SETTLED");
    }

    @Test
    void referredDisputeClosesTheCaseWithTheChannelAndTheBody() {
        CaseFile quarrel = inMediation();

        CaseClosed closed = quarrel.refer(DISPUTE, "LITIGATION", "NANHE_COURT", "the contract itself is disputed",
                MEDIATION, MONDAY_NINE.plus(Duration.ofDays(20)));

        assertThat(closed.cause()).isEqualTo("REFERRED");
        assertThat(closed.referralChannel()).isEqualTo("LITIGATION");
        assertThat(closed.referralBodyCode()).isEqualTo("NANHE_COURT");
        assertThat(quarrel.closeCause()).isEqualTo(ClosingCause.REFERRED);
        assertThat(quarrel.pendingTransitions().getLast().reason())
                .isEqualTo("REFERRED to LITIGATION NANHE_COURT: the contract itself is disputed");
    }

    @Test
    void stageThatRanOutBeforeMediationBeganMakesTheCaseCloseLate() {
        CaseFile quarrel = assignedLandQuarrel();
        quarrel.overdueIfDue(quarrel.dueAt());
        quarrel.enterMediation(DISPUTE, VILLAGE, "VILLAGE", new TimeLeft(Duration.ZERO, Duration.ZERO), MEDIATION,
                quarrel.dueAt().plusSeconds(60));

        CaseClosed closed = quarrel.settle(DISPUTE, AGREEMENT, "VILLAGE", VILLAGE, MEDIATION,
                MONDAY_NINE.plus(Duration.ofDays(5)));

        assertThat(closed.onTime()).isFalse();
        assertThat(quarrel.lateStages()).isEqualTo(1);
    }

    @Test
    void anotherDisputeDoesNotCloseTheCase() {
        CaseFile quarrel = inMediation();
        UUID other = UUID.randomUUID();

        assertThat(quarrel.closesWith(other)).isFalse();
        assertThatThrownBy(() -> quarrel.settle(other, AGREEMENT, "VILLAGE", VILLAGE, MEDIATION, MONDAY_NINE))
                .isInstanceOfSatisfying(CaseRuleException.class, refused -> assertThat(refused.slug()).isEqualTo("not-with-dispute"));
        assertThat(quarrel.inMediation()).isTrue();
    }

    @Test
    void caseWhoseMediationWasNotSeenStillClosesWithItsDispute() {
        CaseFile quarrel = assignedLandQuarrel();

        CaseClosed closed = quarrel.settle(DISPUTE, AGREEMENT, "GRID", GRID, MEDIATION, MONDAY_NINE.plusSeconds(3600));

        assertThat(closed.onTime()).isTrue();
        assertThat(quarrel.disputeId()).isEqualTo(DISPUTE);
        assertThat(quarrel.state()).isEqualTo(CaseState.CLOSED);
    }

    @Test
    void onlyAnOpenFiledCaseNotYetInMediationEntersIt() {
        CaseFile quarrel = inMediation();
        CaseFile closed = assignedLandQuarrel();
        closed.settle(DISPUTE, AGREEMENT, "GRID", GRID, MEDIATION, MONDAY_NINE);

        assertThat(assignedLandQuarrel().mayEnterMediation()).isTrue();
        assertThat(quarrel.mayEnterMediation()).isFalse();
        assertThat(closed.mayEnterMediation()).isFalse();
        assertThat(closed.closesWith(DISPUTE)).isFalse();
    }

    @Test
    void caseClosedByVerificationSaysSo() {
        CaseFile quarrel = assignedLandQuarrel();
        quarrel.resolve("agreed on the spot", List.of(), due(Stage.VERIFICATION, 24), WORKER, MONDAY_NINE);
        quarrel.verify(null, WORKER, MONDAY_NINE);

        CaseClosed closed = quarrel.close(WORKER, MONDAY_NINE);

        assertThat(closed.cause()).isEqualTo("VERIFIED");
        assertThat(closed.disputeId()).isNull();
        assertThat(quarrel.closeCause()).isEqualTo(ClosingCause.VERIFIED);
    }

    private static CaseFile inMediation() {
        CaseFile quarrel = assignedLandQuarrel();
        quarrel.enterMediation(DISPUTE, VILLAGE, "VILLAGE", THIRTY_HOURS, MEDIATION, MONDAY_NINE.plusSeconds(60));
        return quarrel;
    }

    private static CaseFile assignedLandQuarrel() {
        Report report = new Report(UUID.randomUUID(), "LAND_DISPUTE", "two households argue over a field boundary", null,
                null, GRID, null, "GRID_WORKER_APP", List.of(), 7, false, WORKER.id(), MONDAY_NINE);
        CaseFile file = CaseFile.reported(UUID.randomUUID(), "4L7N2QXT9C", report, WORKER, MONDAY_NINE);
        file.file(GRID, new Placement.Held(Level.GRID, GRID), Severity.NORMAL, false, due(Stage.FILING, 2), Actor.ROUTING,
                MONDAY_NINE);
        file.assign(GRID, WORKER.id(), due(Stage.GRID_HANDLING, 40), Actor.ROUTING, MONDAY_NINE);
        return file;
    }

    private static Deadline due(Stage stage, int hours) {
        return new Deadline(stage, MONDAY_NINE.plus(Duration.ofMinutes(hours * 45L)), MONDAY_NINE.plus(Duration.ofHours(hours)));
    }
}
