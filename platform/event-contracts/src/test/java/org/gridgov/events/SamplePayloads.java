package org.gridgov.events;

import static java.util.Map.entry;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

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
import org.gridgov.events.cases.CaseReported;
import org.gridgov.events.cases.CaseReturned;
import org.gridgov.events.cases.CaseSupervised;
import org.gridgov.events.cases.CaseVerified;
import org.gridgov.events.cases.DepartmentFeedback;
import org.gridgov.events.disputes.AgreementFollowedUp;
import org.gridgov.events.disputes.DisputeEscalated;
import org.gridgov.events.disputes.DisputeOpened;
import org.gridgov.events.disputes.DisputeReferred;
import org.gridgov.events.disputes.DisputeSessionHeld;
import org.gridgov.events.disputes.DisputeSessionScheduled;
import org.gridgov.events.disputes.DisputeSessionScheduled.Party;
import org.gridgov.events.disputes.DisputeSettled;
import org.gridgov.events.population.GridPopulationCounted;
import org.gridgov.events.population.HouseholdChanged;
import org.gridgov.events.population.ResidentLeft;
import org.gridgov.events.population.ResidentMoved;
import org.gridgov.events.population.ResidentRegistered;
import org.gridgov.events.population.SpecialGroupCareChanged;
import org.gridgov.events.population.SpecialGroupJoined;
import org.gridgov.events.population.SpecialGroupLeft;
import org.gridgov.events.population.VisitLogged;
import org.gridgov.events.population.VisitOverdue;
import org.gridgov.events.population.SpecialGroupCareChangedV2;
import org.gridgov.events.population.SpecialGroupJoinedV2;
import org.gridgov.events.population.SpecialGroupLeftV2;
import org.gridgov.events.population.VisitLoggedV2;
import org.gridgov.events.population.VisitOverdueV2;
import org.gridgov.events.units.UnitState;
import org.gridgov.events.units.UnitState.StaffMember;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One realistic instance of every payload record: a rubbish report in a rural grid of Nanhe county
 * (seed 002) that climbs from the grid to its village, goes to the environment department and closes,
 * and the registry's state of that grid; the people of that grid (a worker arriving from Ningjin
 * county, an empty-nest elder visited by the grid worker); and a land-boundary quarrel between two
 * households that the village fails to mediate and the town settles.
 */
final class SamplePayloads {

    static final String COUNTY = "130527";
    static final String TOWN = "130527100";
    static final String VILLAGE = "130527100201";
    static final String GRID = "130527100201001";
    static final String ENVIRONMENT_DEPARTMENT = "NANHE_ENV";

    static final UUID REPORT_ID = UUID.fromString("5b0d7c1e-8f3a-4c55-9a51-2f6d1e0b7a43");
    static final UUID CASE_ID = UUID.fromString("9f1c2b7a-3d4e-4f60-8a1b-2c3d4e5f6a7b");

    static final String NEIGHBOUR_GRID = "130527100201002";
    static final String GRID_WORKER = "gw-130527100201001";

    static final UUID RESIDENT_ID = UUID.fromString("2c8e4f1a-6b3d-4e9a-8f70-1d2c3b4a5e6f");
    static final UUID ELDER_ID = UUID.fromString("8f9e0d1c-2b3a-4958-8675-a4b3c2d1e0f9");
    static final UUID HOUSEHOLD_ID = UUID.fromString("7e1a3c5b-9d2f-4a6e-b8c0-3f4e5d6c7b8a");
    static final UUID HOUSE_ID = UUID.fromString("a4b6c8d0-1e3f-4a5b-9c7d-8e9f0a1b2c3d");
    static final UUID MEMBERSHIP_ID = UUID.fromString("c1d2e3f4-5a6b-4c7d-8e9f-0a1b2c3d4e5f");
    static final UUID DISPUTE_ID = UUID.fromString("e7f8a9b0-c1d2-4e3f-a4b5-c6d7e8f9a0b1");
    static final UUID DISPUTE_CASE_ID = UUID.fromString("4d5e6f70-8192-4a3b-8c4d-5e6f708192a3");
    static final UUID SESSION_ID = UUID.fromString("f0e1d2c3-b4a5-4968-8776-655443322110");
    static final UUID AGREEMENT_ID = UUID.fromString("6a7b8c9d-0e1f-4a2b-9c3d-4e5f6a7b8c9d");

    private static final Instant REPORTED = Instant.parse("2025-04-02T08:15:12Z");

    /** A small square around the canal bridge, about 350 m by 330 m, closed as GeoJSON wants. */
    static final JsonNode GRID_BOUNDARY = CloudEventCodec.MAPPER.readTree("""
            {"type":"Polygon","coordinates":[[[114.688,36.9985],[114.692,36.9985],[114.692,37.0015],
             [114.688,37.0015],[114.688,36.9985]]]}
            """);

    private static final Map<Class<?>, Object> SAMPLES = Map.ofEntries(
            entry(CaseReported.class, new CaseReported(REPORT_ID, "ENV_GARBAGE",
                    "Household rubbish piled beside the canal bridge for three days.", 114.6902, 37.0012, GRID,
                    null, "WECHAT", List.of("https://files.gridgov.org/reports/5b0d7c1e/1.jpg"), 12, false,
                    "resident-8d2f61", REPORTED)),
            entry(CaseFiled.class, new CaseFiled(CASE_ID, REPORT_ID, "ENV_GARBAGE", GRID, GRID, "GRID", "NORMAL",
                    "WECHAT", at("2025-04-02T08:16:00Z"))),
            entry(CaseRejected.class, new CaseRejected(UUID.fromString("0c6e2a51-7d1b-4f8e-9a3c-5e2d1b0a9f87"), null,
                    "DUPLICATE: the same pile is already an open case", CASE_ID, at("2025-04-02T09:40:00Z"))),
            entry(CaseAssigned.class, new CaseAssigned(CASE_ID, GRID, "gw-130527100201001",
                    at("2025-04-03T08:16:00Z"), at("2025-04-02T08:16:05Z"))),
            entry(CaseEscalated.class, new CaseEscalated(CASE_ID, GRID, "GRID", VILLAGE, "VILLAGE", "EXPLICIT",
                    "Needs a truck: the grid has none", "ENV_GARBAGE", at("2025-04-04T08:30:00Z"),
                    at("2025-04-02T10:30:00Z"))),
            entry(CaseDispatched.class, new CaseDispatched(CASE_ID, VILLAGE, "VILLAGE", ENVIRONMENT_DEPARTMENT,
                    "ENV_GARBAGE", "Remove the pile and check the drain under the bridge.", at("2025-04-04T12:00:00Z"),
                    at("2025-04-02T11:00:00Z"))),
            entry(CaseHandled.class, new CaseHandled(CASE_ID, "env-0417", ENVIRONMENT_DEPARTMENT,
                    "Rubbish removed, the spot disinfected, a bin added beside the bridge.", at("2025-04-03T10:01:40Z"))),
            entry(CaseVerified.class, new CaseVerified(CASE_ID, "gw-130527100201001", null, at("2025-04-03T15:20:00Z"))),
            entry(CaseReopened.class, new CaseReopened(CASE_ID, "gw-130527100201001",
                    "Rubbish still under the bridge", 1, at("2025-04-03T15:10:00Z"))),
            entry(CaseClosed.class, new CaseClosed(CASE_ID, VILLAGE, "ENV_GARBAGE", true, at("2025-04-03T15:21:00Z"),
                    "VERIFIED", null, null, null, null)),
            entry(CaseEvaluated.class, new CaseEvaluated(CASE_ID, 5, true, at("2025-04-04T19:02:00Z"))),
            entry(CaseDeadlineWarning.class, new CaseDeadlineWarning(CASE_ID, "DEPARTMENT_HANDLING", VILLAGE, "VILLAGE",
                    at("2025-04-04T12:00:00Z"), at("2025-04-04T01:36:00Z"))),
            entry(CaseOverdue.class, new CaseOverdue(CASE_ID, "DEPARTMENT_HANDLING", VILLAGE, "VILLAGE",
                    ENVIRONMENT_DEPARTMENT, at("2025-04-04T12:00:00Z"), at("2025-04-04T12:00:30Z"))),
            entry(CaseReturned.class, new CaseReturned(CASE_ID, "NANHE_WATER", VILLAGE, "VILLAGE",
                    "The canal bank is the environment department's, not ours", at("2025-04-02T10:50:00Z"))),
            entry(CaseSupervised.class, new CaseSupervised(CASE_ID, "sup-130527100",
                    "Town watches this one: third report on the canal this month", at("2025-04-02T12:00:00Z"))),
            // The land quarrel below came in as a case of the village, whose handling had 30 working hours left.
            entry(CaseMediationStarted.class, new CaseMediationStarted(DISPUTE_CASE_ID, DISPUTE_ID, VILLAGE, "VILLAGE",
                    VILLAGE, "VILLAGE", "LEVEL_HANDLING", 108_000L, at("2025-05-06T01:20:05Z"))),
            entry(DepartmentFeedback.class, new DepartmentFeedback(UUID.fromString("d3a1f0c2-6b7e-4e0a-b1c9-0f4b8e2a7c55"),
                    CASE_ID, ENVIRONMENT_DEPARTMENT, "env-0417", "RESOLVED",
                    "Rubbish removed and the spot disinfected; a bin was added beside the bridge.",
                    at("2025-04-03T10:01:40Z"))),
            entry(UnitState.class, new UnitState(GRID, VILLAGE, "Hezhuang Grid 1", "GRID", "RURAL", "LEVEL_BY_LEVEL",
                    104, 2, GRID_BOUNDARY, List.of(new StaffMember("gw-130527100201001", "GRID_WORKER"),
                    new StaffMember("cadre-130527100-07", "ANSWERABLE_CADRE")), false, 3,
                    at("2025-03-18T09:30:00Z"))),
            entry(ResidentRegistered.class, new ResidentRegistered(RESIDENT_ID, HOUSEHOLD_ID, HOUSE_ID, GRID,
                    "FLOATING_IN", "FLOATING_ARRIVAL", "130528", LocalDate.parse("2025-12-31"),
                    at("2025-03-03T02:10:00Z"))),
            entry(ResidentMoved.class, new ResidentMoved(RESIDENT_ID, HOUSEHOLD_ID, GRID, NEIGHBOUR_GRID, HOUSE_ID,
                    UUID.fromString("b5c7d9e1-2f40-4b6c-8d8e-9f0a1b2c3d4e"), "FLOATING_IN", "FLOATING_IN",
                    at("2025-06-01T01:00:00Z"))),
            entry(ResidentLeft.class, new ResidentLeft(RESIDENT_ID, HOUSEHOLD_ID, NEIGHBOUR_GRID, "FLOATING_DEPARTURE",
                    "130528", at("2025-12-28T03:00:00Z"))),
            entry(HouseholdChanged.class, new HouseholdChanged(HOUSEHOLD_ID, GRID, null, HOUSE_ID, "FORMED",
                    null, 1, at("2025-03-03T02:10:00Z"))),
            entry(GridPopulationCounted.class, new GridPopulationCounted(GRID, 104, 331, 12, 2, 57,
                    at("2025-03-03T02:10:01Z"))),
            entry(SpecialGroupJoined.class, new SpecialGroupJoined(MEMBERSHIP_ID, ELDER_ID,
                    UUID.fromString("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"), GRID, "EMPTY_NEST_ELDERLY", "MEDIUM", 14,
                    List.of(GRID_WORKER), at("2025-03-05T01:30:00Z"))),
            entry(SpecialGroupCareChanged.class, new SpecialGroupCareChanged(MEMBERSHIP_ID, ELDER_ID, GRID,
                    "EMPTY_NEST_ELDERLY", "HIGH", 7, List.of(GRID_WORKER, "cadre-130527100-07"),
                    at("2025-04-10T02:00:00Z"))),
            entry(SpecialGroupLeft.class, new SpecialGroupLeft(MEMBERSHIP_ID, ELDER_ID, GRID, "EMPTY_NEST_ELDERLY",
                    "MOVED_AWAY", at("2025-09-01T01:00:00Z"))),
            entry(VisitLogged.class, new VisitLogged(UUID.fromString("0b1c2d3e-4f5a-4b6c-9d7e-8f9a0b1c2d3e"),
                    ELDER_ID, null, MEMBERSHIP_ID, "EMPTY_NEST_ELDERLY", GRID, GRID_WORKER,
                    "SPECIAL_GROUP_CARE", true, at("2025-04-12T01:40:00Z"), at("2025-04-12T02:05:00Z"))),
            entry(VisitOverdue.class, new VisitOverdue(MEMBERSHIP_ID, ELDER_ID, GRID, "EMPTY_NEST_ELDERLY",
                    List.of(GRID_WORKER, "cadre-130527100-07"), at("2025-04-12T01:40:00Z"),
                    at("2025-04-19T01:40:00Z"), at("2025-04-19T02:00:00Z"))),
            entry(SpecialGroupJoinedV2.class, new SpecialGroupJoinedV2(MEMBERSHIP_ID, GRID, List.of(GRID_WORKER),
                    at("2025-03-05T01:30:00Z"))),
            entry(SpecialGroupCareChangedV2.class, new SpecialGroupCareChangedV2(MEMBERSHIP_ID, GRID,
                    List.of(GRID_WORKER, "cadre-130527100-07"), at("2025-04-10T02:00:00Z"))),
            entry(SpecialGroupLeftV2.class, new SpecialGroupLeftV2(MEMBERSHIP_ID, GRID, at("2025-09-01T01:00:00Z"))),
            entry(VisitLoggedV2.class, new VisitLoggedV2(UUID.fromString("0b1c2d3e-4f5a-4b6c-9d7e-8f9a0b1c2d3e"),
                    null, null, MEMBERSHIP_ID, GRID, GRID_WORKER, "SPECIAL_GROUP_CARE", true,
                    at("2025-04-12T01:40:00Z"), at("2025-04-12T02:05:00Z"))),
            entry(VisitOverdueV2.class, new VisitOverdueV2(MEMBERSHIP_ID, GRID,
                    List.of(GRID_WORKER, "cadre-130527100-07"), at("2025-04-12T01:40:00Z"),
                    at("2025-04-19T01:40:00Z"), at("2025-04-19T02:00:00Z"))),
            entry(DisputeOpened.class, new DisputeOpened(DISPUTE_ID, "LAND", GRID, VILLAGE, "VILLAGE", null, "MEDIUM",
                    List.of(), 7, new BigDecimal("3000.00"), "CASE", DISPUTE_CASE_ID, at("2025-05-21T00:00:00Z"),
                    at("2025-05-06T01:20:00Z"))),
            entry(DisputeEscalated.class, new DisputeEscalated(DISPUTE_ID, VILLAGE, "VILLAGE", TOWN, "TOWN", null,
                    "MEDIATION_FAILED", "Two village sessions ended without agreement on the boundary line",
                    at("2025-06-14T00:00:00Z"), at("2025-05-15T08:00:00Z"))),
            entry(DisputeSessionScheduled.class, new DisputeSessionScheduled(DISPUTE_ID, SESSION_ID, TOWN, "TOWN", null,
                    List.of("med-130527100-02", "legal-130527100-01"),
                    List.of(new Party("RESIDENT", UUID.fromString("5f6e7d8c-9b0a-4c1d-a2e3-f4a5b6c7d8e9"), "APPLICANT"),
                            new Party("RESIDENT", UUID.fromString("3d9f5a2b-7c4e-4fab-9081-2e3d4c5b6a7f"), "RESPONDENT")),
                    at("2025-05-20T01:30:00Z"), at("2025-05-16T02:00:00Z"))),
            entry(DisputeSessionHeld.class, new DisputeSessionHeld(DISPUTE_ID, SESSION_ID, TOWN, "TOWN", "AGREED", true,
                    at("2025-05-20T03:10:00Z"))),
            entry(DisputeSettled.class, new DisputeSettled(DISPUTE_ID, AGREEMENT_ID, DISPUTE_CASE_ID, TOWN, "TOWN", null,
                    new BigDecimal("1800.00"), LocalDate.parse("2025-06-20"), LocalDate.parse("2025-06-23"),
                    at("2025-05-20T03:30:00Z"))),
            entry(DisputeReferred.class, new DisputeReferred(DISPUTE_ID, DISPUTE_CASE_ID, TOWN, "TOWN", "LITIGATION",
                    "NANHE_COURT", "The parties dispute the land contract itself, which only a court can rule on",
                    at("2025-06-10T07:00:00Z"))),
            entry(AgreementFollowedUp.class, new AgreementFollowedUp(DISPUTE_ID, AGREEMENT_ID, DISPUTE_CASE_ID,
                    "PERFORMED", true, GRID_WORKER, false, TOWN, "TOWN", at("2025-06-23T02:00:00Z"))));

    private SamplePayloads() {
    }

    /** The sample of a payload record; a new record needs a sample here before its tests pass. */
    static <T> T of(Class<T> payloadType) {
        Object sample = SAMPLES.get(payloadType);
        if (sample == null) {
            throw new IllegalArgumentException("no sample of " + payloadType.getName() + " in SamplePayloads");
        }
        return payloadType.cast(sample);
    }

    /** The JSON of the sample of a payload record, as producers send it. */
    static byte[] jsonOf(Class<?> payloadType) {
        return CloudEventCodec.toJson(of(payloadType));
    }

    /** The JSON of the sample of a payload record after a change, to show what a schema refuses or lets through. */
    static byte[] editedJsonOf(Class<?> payloadType, Consumer<ObjectNode> change) {
        ObjectNode data = (ObjectNode) CloudEventCodec.MAPPER.readTree(jsonOf(payloadType));
        change.accept(data);
        return CloudEventCodec.MAPPER.writeValueAsBytes(data);
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }
}
