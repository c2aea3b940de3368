package org.gridgov.notifications.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.gridgov.events.cases.CaseEscalated;
import org.gridgov.events.cases.CaseReopened;
import org.gridgov.events.cases.CaseRejected;
import org.junit.jupiter.api.Test;

class CaseFactsTest {

    private static final UUID CASE = UUID.fromString("5e1f0000-0000-4000-8000-000000000001");
    private static final String ESCALATED = "org.gridgov.case.escalated.v1";

    @Test
    void escalationReadFromBothTopicsIsOneFact() {
        CaseEscalated escalated = new CaseEscalated(CASE, "130527100201001", "GRID", "130527100201", "VILLAGE",
                "EXPLICIT", "needs a truck", "ENV_GARBAGE", Instant.parse("2026-11-22T01:00:00Z"),
                Instant.parse("2026-11-20T03:00:00Z"));

        CaseFacts fromCaseEvents = CaseFacts.of("id-on-case-events", ESCALATED, escalated).orElseThrow();
        CaseFacts fromRoutingTopic = CaseFacts.of("id-on-case-escalated", ESCALATED, escalated).orElseThrow();

        assertThat(fromCaseEvents.factKey()).isEqualTo(fromRoutingTopic.factKey());
        assertThat(fromCaseEvents.unitCode()).isEqualTo("130527100201");
    }

    @Test
    void eventWithoutUnitOrCategoryIsCompletedFromWhatIsKnownOfTheCase() {
        KnownCase known = new KnownCase("130527100201", "ENV_GARBAGE", "URBAN_MGMT", "gw-1", null);
        CaseReopened reopened = new CaseReopened(CASE, "gw-1", "still dirty", 1, Instant.parse("2026-11-24T01:00:00Z"));

        CaseFacts facts = CaseFacts.of("e-1", "org.gridgov.case.reopened.v1", reopened).orElseThrow().completedWith(known);

        assertThat(facts.unitCode()).isEqualTo("130527100201");
        assertThat(facts.category()).isEqualTo("ENV_GARBAGE");
        assertThat(facts.departmentCode()).isEqualTo("URBAN_MGMT");
        assertThat(facts.assigneeId()).isEqualTo("gw-1");
    }

    @Test
    void whatAnEventSaysReplacesWhatWasKnown() {
        KnownCase known = new KnownCase("130527100201001", "ENV_GARBAGE", null, "gw-1", null);
        CaseEscalated escalated = new CaseEscalated(CASE, "130527100201001", "GRID", "130527100", "TOWN", "OVERDUE",
                null, "ENV_GARBAGE", Instant.parse("2026-11-22T01:00:00Z"), Instant.parse("2026-11-20T03:00:00Z"));

        KnownCase after = known.after(CaseFacts.of("e-2", ESCALATED, escalated).orElseThrow());

        assertThat(after).isEqualTo(new KnownCase("130527100", "ENV_GARBAGE", null, "gw-1",
                Instant.parse("2026-11-22T01:00:00Z")));
    }

    @Test
    void rejectedReportConcernsNoCase() {
        CaseRejected rejected = new CaseRejected(UUID.randomUUID(), null, "DUPLICATE", CASE, Instant.now());

        assertThat(CaseFacts.of("e-3", "org.gridgov.case.rejected.v1", rejected)).isEmpty();
    }
}
