package org.gridgov.events;

import static java.util.Map.entry;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.gridgov.events.cases.CaseAssigned;
import org.gridgov.events.cases.CaseClosed;
import org.gridgov.events.cases.CaseDeadlineWarning;
import org.gridgov.events.cases.CaseDispatched;
import org.gridgov.events.cases.CaseEscalated;
import org.gridgov.events.cases.CaseEvaluated;
import org.gridgov.events.cases.CaseFiled;
import org.gridgov.events.cases.CaseHandled;
import org.gridgov.events.cases.CaseOverdue;
import org.gridgov.events.cases.CaseRejected;
import org.gridgov.events.cases.CaseReopened;
import org.gridgov.events.cases.CaseReported;
import org.gridgov.events.cases.CaseSupervised;
import org.gridgov.events.cases.CaseVerified;
import org.gridgov.events.cases.DepartmentFeedback;
import org.gridgov.events.units.UnitState;
import org.gridgov.events.units.UnitState.StaffMember;
import tools.jackson.databind.JsonNode;

/**
 * One realistic instance of every payload record: a rubbish report in a rural grid of Nanhe county
 * (seed 002) that climbs from the grid to its village, goes to the environment department and closes,
 * and the registry's state of that grid.
 */
final class SamplePayloads {

    static final String COUNTY = "130527";
    static final String TOWN = "130527100";
    static final String VILLAGE = "130527100201";
    static final String GRID = "130527100201001";
    static final String ENVIRONMENT_DEPARTMENT = "NANHE_ENV";

    static final UUID REPORT_ID = UUID.fromString("5b0d7c1e-8f3a-4c55-9a51-2f6d1e0b7a43");
    static final UUID CASE_ID = UUID.fromString("9f1c2b7a-3d4e-4f60-8a1b-2c3d4e5f6a7b");

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
            entry(CaseClosed.class, new CaseClosed(CASE_ID, VILLAGE, "ENV_GARBAGE", true, at("2025-04-03T15:21:00Z"))),
            entry(CaseEvaluated.class, new CaseEvaluated(CASE_ID, 5, true, at("2025-04-04T19:02:00Z"))),
            entry(CaseDeadlineWarning.class, new CaseDeadlineWarning(CASE_ID, "DEPARTMENT_HANDLING", VILLAGE, "VILLAGE",
                    at("2025-04-04T12:00:00Z"), at("2025-04-04T01:36:00Z"))),
            entry(CaseOverdue.class, new CaseOverdue(CASE_ID, "DEPARTMENT_HANDLING", VILLAGE, "VILLAGE",
                    ENVIRONMENT_DEPARTMENT, at("2025-04-04T12:00:00Z"), at("2025-04-04T12:00:30Z"))),
            entry(CaseSupervised.class, new CaseSupervised(CASE_ID, "sup-130527100",
                    "Town watches this one: third report on the canal this month", at("2025-04-02T12:00:00Z"))),
            entry(DepartmentFeedback.class, new DepartmentFeedback(UUID.fromString("d3a1f0c2-6b7e-4e0a-b1c9-0f4b8e2a7c55"),
                    CASE_ID, ENVIRONMENT_DEPARTMENT, "env-0417", "RESOLVED",
                    "Rubbish removed and the spot disinfected; a bin was added beside the bridge.",
                    at("2025-04-03T10:01:40Z"))),
            entry(UnitState.class, new UnitState(GRID, VILLAGE, "Hezhuang Grid 1", "GRID", "RURAL", "LEVEL_BY_LEVEL",
                    104, 2, GRID_BOUNDARY, List.of(new StaffMember("gw-130527100201001", "GRID_WORKER"),
                    new StaffMember("cadre-130527100-07", "ANSWERABLE_CADRE")), false, 3,
                    at("2025-03-18T09:30:00Z"))));

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

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }
}
