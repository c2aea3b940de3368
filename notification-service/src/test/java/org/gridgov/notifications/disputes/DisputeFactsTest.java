package org.gridgov.notifications.disputes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.notifications.disputes.DisputeEvents.CASE;
import static org.gridgov.notifications.disputes.DisputeEvents.TOWN_SESSION;
import static org.gridgov.notifications.disputes.DisputeEvents.VILLAGE_SESSION;
import static org.gridgov.notifications.disputes.DisputeEvents.facts;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class DisputeFactsTest {

    private static final Instant MONDAY_MORNING = Instant.parse("2026-11-22T01:30:00Z");

    @Test
    void openingRemembersTheTypeAndTheCaseForTheEventsThatDoNotCarryThem() {
        KnownDispute known = KnownDispute.NOTHING.after(facts(DisputeEvents.opened()));

        DisputeFacts escalated = facts(DisputeEvents.escalatedToTown()).completedWith(known);

        assertThat(escalated.disputeType()).isEqualTo("NEIGHBOURS");
        assertThat(escalated.caseId()).isEqualTo(CASE);
        assertThat(escalated.unitCode()).isEqualTo(DisputeEvents.TOWN);
    }

    @Test
    void scheduledSessionNamesItsMediatorsAndIsRememberedForLaterEvents() {
        KnownDispute known = KnownDispute.NOTHING.after(facts(DisputeEvents.opened()));

        DisputeFacts scheduled = facts(DisputeEvents.villageSession(MONDAY_MORNING, MONDAY_MORNING.minusSeconds(86_400)))
                .completedWith(known);
        KnownDispute after = known.after(scheduled);

        assertThat(scheduled.mediatorIds()).containsExactly("med-201");
        assertThat(scheduled.rescheduled()).isFalse();
        assertThat(after.sessionId()).isEqualTo(VILLAGE_SESSION);
        assertThat(facts(DisputeEvents.villageSessionNotAgreed()).completedWith(after).mediatorIds()).containsExactly("med-201");
    }

    @Test
    void sessionScheduledAgainUnderItsIdIsARescheduling() {
        KnownDispute known = KnownDispute.NOTHING.after(facts(DisputeEvents.villageSession(MONDAY_MORNING,
                MONDAY_MORNING.minusSeconds(86_400))));

        DisputeFacts moved = facts(DisputeEvents.villageSession(MONDAY_MORNING.plusSeconds(86_400), MONDAY_MORNING))
                .completedWith(known);
        DisputeFacts another = facts(DisputeEvents.townSession()).completedWith(known);

        assertThat(moved.rescheduled()).isTrue();
        assertThat(another.rescheduled()).isFalse();
        assertThat(moved.factKey()).isNotEqualTo(facts(DisputeEvents.villageSession(MONDAY_MORNING,
                MONDAY_MORNING.minusSeconds(86_400))).factKey());
    }

    @Test
    void climbingToTheTownLeavesTheVillageMediatorsBehind() {
        KnownDispute atVillage = KnownDispute.NOTHING.after(facts(DisputeEvents.opened()))
                .after(facts(DisputeEvents.villageSession(MONDAY_MORNING, MONDAY_MORNING.minusSeconds(86_400))));

        KnownDispute atTown = atVillage.after(facts(DisputeEvents.escalatedToTown()));
        KnownDispute withTownSession = atTown.after(facts(DisputeEvents.townSession()));

        assertThat(atTown).isEqualTo(new KnownDispute("NEIGHBOURS", CASE, null, List.of()));
        assertThat(facts(DisputeEvents.notPerformedAndReopened()).completedWith(withTownSession).mediatorIds())
                .containsExactly("med-100");
        assertThat(withTownSession.sessionId()).isEqualTo(TOWN_SESSION);
    }

    @Test
    void disputeFactsLinkToTheDisputeAndNarrowToNoCaseCategory() {
        DisputeFacts opened = facts(DisputeEvents.opened());

        assertThat(opened.consolePath()).isEqualTo("disputes/" + DisputeEvents.DISPUTE);
        assertThat(opened.category()).isNull();
        assertThat(opened.factKey()).isEqualTo("org.gridgov.dispute.opened.v1/" + DisputeEvents.DISPUTE + "/2026-11-20T01:00:00Z");
    }

    @Test
    void freeTextOfTheEventIsNeverShown() {
        DisputeFacts escalated = facts(DisputeEvents.escalatedToTown());
        DisputeFacts referred = facts(DisputeEvents.referredToArbitration());

        assertThat(escalated.shown().toString()).doesNotContain("分歧");
        assertThat(referred.shown().toString()).doesNotContain("仲裁认定", "NANHE_LAND_ARBITRATION");
    }

    @Test
    void payloadOfAnotherKindIsNoDisputeFact() {
        assertThat(DisputeFacts.of("e-1", "org.gridgov.case.filed.v1", "not a dispute")).isEmpty();
    }
}
