package org.gridgov.notifications.disputes;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.gridgov.events.EventTypes;
import org.gridgov.events.disputes.AgreementFollowedUp;
import org.gridgov.events.disputes.DisputeEscalated;
import org.gridgov.events.disputes.DisputeOpened;
import org.gridgov.events.disputes.DisputeReferred;
import org.gridgov.events.disputes.DisputeSessionHeld;
import org.gridgov.events.disputes.DisputeSessionScheduled;
import org.gridgov.events.disputes.DisputeSettled;

/** A neighbours' quarrel in Dongsanzhao, mediated at the village, then at the town (as in streams/nanhe-disputes.jsonl). */
final class DisputeEvents {

    static final String TOWN = "130527100";
    static final String VILLAGE = "130527100201";
    static final String GRID = "130527100201001";
    static final UUID DISPUTE = UUID.fromString("d15e0000-0000-4000-8000-000000000001");
    static final UUID CASE = UUID.fromString("5e1f0000-0000-4000-8000-0000000000a1");
    static final UUID VILLAGE_SESSION = UUID.fromString("0e550000-0000-4000-8000-000000000001");
    static final UUID TOWN_SESSION = UUID.fromString("0e550000-0000-4000-8000-000000000002");
    static final UUID AGREEMENT = UUID.fromString("a9700000-0000-4000-8000-000000000001");
    static final List<DisputeSessionScheduled.Party> PARTIES = List.of(
            new DisputeSessionScheduled.Party("RESIDENT", UUID.fromString("9a770000-0000-4000-8000-000000000001"), "APPLICANT"),
            new DisputeSessionScheduled.Party("RESIDENT", UUID.fromString("9a770000-0000-4000-8000-000000000002"), "RESPONDENT"));

    private DisputeEvents() {
    }

    static DisputeFacts facts(Object payload) {
        return DisputeFacts.of("e-" + UUID.randomUUID(), EventTypes.typeOf(payload.getClass()), payload).orElseThrow();
    }

    static DisputeOpened opened() {
        return new DisputeOpened(DISPUTE, "NEIGHBOURS", GRID, VILLAGE, "VILLAGE", null, "MEDIUM", List.of(), 2, null,
                "CASE", CASE, Instant.parse("2026-12-05T01:00:00Z"), Instant.parse("2026-11-20T01:00:00Z"));
    }

    static DisputeSessionScheduled villageSession(Instant startsAt, Instant scheduledAt) {
        return new DisputeSessionScheduled(DISPUTE, VILLAGE_SESSION, VILLAGE, "VILLAGE", null, List.of("med-201"), PARTIES,
                startsAt, scheduledAt);
    }

    static DisputeSessionHeld villageSessionNotAgreed() {
        return new DisputeSessionHeld(DISPUTE, VILLAGE_SESSION, VILLAGE, "VILLAGE", "NOT_AGREED", false,
                Instant.parse("2026-11-23T08:00:00Z"));
    }

    static DisputeEscalated escalatedToTown() {
        return new DisputeEscalated(DISPUTE, VILLAGE, "VILLAGE", TOWN, "TOWN", null, "MEDIATION_FAILED",
                "两户对院墙位置分歧较大", Instant.parse("2026-12-23T08:30:00Z"), Instant.parse("2026-11-23T08:30:00Z"));
    }

    static DisputeSessionScheduled townSession() {
        return new DisputeSessionScheduled(DISPUTE, TOWN_SESSION, TOWN, "TOWN", null, List.of("med-100"), PARTIES,
                Instant.parse("2026-11-26T01:00:00Z"), Instant.parse("2026-11-24T01:00:00Z"));
    }

    static DisputeSettled settledAtTown() {
        return new DisputeSettled(DISPUTE, AGREEMENT, CASE, TOWN, "TOWN", null, new BigDecimal("2000"),
                LocalDate.parse("2026-12-10"), LocalDate.parse("2026-12-12"), Instant.parse("2026-11-26T04:00:00Z"));
    }

    static AgreementFollowedUp notPerformedAndReopened() {
        return new AgreementFollowedUp(DISPUTE, AGREEMENT, CASE, "NOT_PERFORMED", false, "gw-1", true, TOWN, "TOWN",
                Instant.parse("2026-12-12T02:00:00Z"));
    }

    static DisputeReferred referredToArbitration() {
        return new DisputeReferred(DISPUTE, CASE, TOWN, "TOWN", "ARBITRATION", "NANHE_LAND_ARBITRATION",
                "承包合同效力须经仲裁认定", Instant.parse("2026-12-01T07:00:00Z"));
    }
}
