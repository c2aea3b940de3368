package org.gridgov.notifications;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.gridgov.events.CloudEventCodec;
import org.gridgov.events.Topics;
import org.gridgov.events.cases.CaseAssigned;
import org.gridgov.events.cases.CaseClosed;
import org.gridgov.events.cases.CaseDeadlineWarning;
import org.gridgov.events.cases.CaseDispatched;
import org.gridgov.events.cases.CaseEscalated;
import org.gridgov.events.cases.CaseEvaluated;
import org.gridgov.events.cases.CaseFiled;
import org.gridgov.events.cases.CaseHandled;
import org.gridgov.events.cases.CaseOverdue;
import org.gridgov.events.cases.CaseReopened;
import org.gridgov.events.cases.CaseSupervised;
import org.gridgov.events.cases.CaseVerified;
import org.gridgov.events.units.UnitState;
import org.gridgov.testing.StreamedEvent;

/**
 * A county shaped like Nanhe's countryside (seed 002: 8 towns, 208 villages, 1,141 grids), each unit
 * staffed, and streams of case events over it, for the fan-out benchmark.
 */
final class GeneratedNanhe {

    static final String COUNTY = "130527";
    static final int TOWNS = 8;
    static final int VILLAGES_PER_TOWN = 26;
    static final List<String> DEPARTMENTS = List.of("URBAN_MGMT", "ENV_PROTECTION", "HOUSING", "PUBLIC_SECURITY",
            "MARKET_SUPERVISION", "CIVIL_AFFAIRS");

    private static final List<String> CATEGORIES = List.of("ENV_GARBAGE", "ROAD_DAMAGE", "NOISE", "PARK_FACILITY",
            "ILLEGAL_CONSTRUCTION", "WATER_SUPPLY", "STREET_LIGHT", "SAFETY_HAZARD");
    private static final URI REGISTRY = URI.create("/gridgov/grid-registry");
    private static final URI CASE_WORKFLOW = URI.create("/gridgov/case-workflow");
    private static final Instant MONDAY = Instant.parse("2026-11-23T00:00:00Z");

    private final List<UnitState> units = new ArrayList<>();
    private final List<String> grids = new ArrayList<>();

    GeneratedNanhe() {
        units.add(unit(COUNTY, null, "南和县", "COUNTY", staff("sup-" + COUNTY, "SUPERVISOR", "gl-" + COUNTY, "GRID_LEADER")));
        int extraGrids = 1_141 - TOWNS * VILLAGES_PER_TOWN * 5;
        for (int t = 1; t <= TOWNS; t++) {
            String town = COUNTY + (100 + t);
            units.add(unit(town, COUNTY, "第" + t + "镇", "TOWN", staff("gl-" + town, "GRID_LEADER", "med-" + town, "MEDIATOR")));
            for (int v = 1; v <= VILLAGES_PER_TOWN; v++) {
                String village = town + (200 + v);
                units.add(unit(village, town, "第" + t + "镇第" + v + "村", "VILLAGE", staff("gl-" + village, "GRID_LEADER")));
                int gridsHere = 5 + (extraGrids-- > 0 ? 1 : 0);
                for (int g = 1; g <= gridsHere; g++) {
                    String grid = village + String.format("%03d", g);
                    grids.add(grid);
                    units.add(unit(grid, village, "第" + t + "镇第" + v + "村第" + g + "网格", "GRID",
                            staff("gw-" + grid, "GRID_WORKER", "gl-" + grid, "GRID_LEADER")));
                }
            }
        }
    }

    List<UnitState> units() {
        return units;
    }

    List<String> grids() {
        return grids;
    }

    static String townOf(String unitCode) {
        return unitCode.substring(0, 9);
    }

    /** The grid.units stream of the county. */
    List<StreamedEvent> unitStream() {
        return units.stream().map(unit -> new StreamedEvent(Topics.GRID_UNITS, unit.code(), CloudEventCodec.toCloudEvent(
                UUID.randomUUID().toString(), REGISTRY, unit.code(), unit.updatedAt(), unit))).toList();
    }

    /**
     * {@code events} case events on case.events, the cases interleaved as a day's traffic would be
     * (every case's first step, then every case's second, ...); a seed makes the stream repeatable.
     */
    List<StreamedEvent> caseStream(int events, long seed) {
        Random random = new Random(seed);
        List<List<StreamedEvent>> lifecycles = new ArrayList<>();
        int total = 0;
        while (total < events) {
            List<StreamedEvent> lifecycle = lifecycle(random);
            lifecycles.add(lifecycle);
            total += lifecycle.size();
        }
        List<StreamedEvent> stream = new ArrayList<>(events);
        for (int step = 0; stream.size() < events; step++) {
            for (List<StreamedEvent> lifecycle : lifecycles) {
                if (step < lifecycle.size() && stream.size() < events) {
                    stream.add(lifecycle.get(step));
                }
            }
        }
        return stream;
    }

    /**
     * One case, the way most go: filed and handled in its grid, verified, closed, rated. One in four
     * turns yellow first; one in five is escalated to its village and dispatched to a department, and
     * a quarter of those go red, some then supervised; one in twelve fails verification once.
     */
    private List<StreamedEvent> lifecycle(Random random) {
        UUID caseId = UUID.randomUUID();
        String grid = grids.get(random.nextInt(grids.size()));
        String village = grid.substring(0, 12);
        String category = CATEGORIES.get(random.nextInt(CATEGORIES.size()));
        String department = DEPARTMENTS.get(random.nextInt(DEPARTMENTS.size()));
        String worker = "gw-" + grid;
        Instant at = MONDAY.plusSeconds(random.nextInt(86_400));
        Instant gridDue = at.plus(Duration.ofDays(1));
        Instant villageDue = at.plus(Duration.ofDays(4));
        String heldAt = grid;
        List<Object> steps = new ArrayList<>();
        steps.add(new CaseFiled(caseId, UUID.randomUUID(), category, grid, grid, "GRID", "NORMAL", "GRID_WORKER_APP", at));
        steps.add(new CaseAssigned(caseId, grid, worker, gridDue, at.plusSeconds(300)));
        if (random.nextInt(4) == 0) {
            steps.add(new CaseDeadlineWarning(caseId, "GRID_HANDLING", grid, "GRID", gridDue, at.plus(Duration.ofHours(19))));
        }
        if (random.nextInt(5) == 0) {
            heldAt = village;
            steps.add(new CaseEscalated(caseId, grid, "GRID", village, "VILLAGE", "OVERDUE", null, category, villageDue,
                    gridDue));
            steps.add(new CaseDispatched(caseId, village, "VILLAGE", department, category, "please handle", villageDue,
                    gridDue.plusSeconds(1_800)));
            if (random.nextInt(4) == 0) {
                steps.add(new CaseOverdue(caseId, "DEPARTMENT_HANDLING", village, "VILLAGE", department, villageDue,
                        villageDue));
                if (random.nextInt(5) < 2) {
                    steps.add(new CaseSupervised(caseId, "sup-" + COUNTY, null, villageDue.plusSeconds(600)));
                }
            }
            steps.add(new CaseHandled(caseId, "handler-" + department, department, "handled", villageDue.minusSeconds(3_600)));
        } else {
            steps.add(new CaseHandled(caseId, worker, null, "handled", gridDue.minusSeconds(3_600)));
        }
        Instant verified = villageDue.plus(Duration.ofHours(2));
        if (random.nextInt(12) == 0) {
            steps.add(new CaseReopened(caseId, worker, "not done", 1, verified));
            steps.add(new CaseHandled(caseId, worker, null, "handled again", verified.plus(Duration.ofHours(3))));
            verified = verified.plus(Duration.ofHours(4));
        }
        steps.add(new CaseVerified(caseId, worker, null, verified));
        steps.add(new CaseClosed(caseId, heldAt, category, true, verified.plusSeconds(60)));
        steps.add(new CaseEvaluated(caseId, 4 + random.nextInt(2), true, verified.plus(Duration.ofHours(20))));
        return steps.stream().map(payload -> new StreamedEvent(Topics.CASE_EVENTS, caseId.toString(),
                CloudEventCodec.toCloudEvent(UUID.randomUUID().toString(), CASE_WORKFLOW, caseId.toString(),
                        occurredAt(payload), payload))).toList();
    }

    private static Instant occurredAt(Object payload) {
        return switch (payload) {
            case CaseFiled e -> e.filedAt();
            case CaseAssigned e -> e.assignedAt();
            case CaseDeadlineWarning e -> e.warnedAt();
            case CaseEscalated e -> e.escalatedAt();
            case CaseDispatched e -> e.dispatchedAt();
            case CaseOverdue e -> e.overdueAt();
            case CaseSupervised e -> e.supervisedAt();
            case CaseHandled e -> e.handledAt();
            case CaseReopened e -> e.reopenedAt();
            case CaseVerified e -> e.verifiedAt();
            case CaseClosed e -> e.closedAt();
            case CaseEvaluated e -> e.evaluatedAt();
            default -> throw new IllegalArgumentException(payload.getClass().getName());
        };
    }

    private static UnitState unit(String code, String parent, String name, String level, List<UnitState.StaffMember> staff) {
        return new UnitState(code, parent, name, level, "RURAL", "LEVEL_BY_LEVEL", level.equals("GRID") ? 100 : 0, 0,
                null, staff, false, 1, Instant.parse("2026-11-01T00:00:00Z"));
    }

    private static List<UnitState.StaffMember> staff(String... accountsAndRoles) {
        List<UnitState.StaffMember> staff = new ArrayList<>();
        for (int i = 0; i < accountsAndRoles.length; i += 2) {
            staff.add(new UnitState.StaffMember(accountsAndRoles[i], accountsAndRoles[i + 1]));
        }
        return staff;
    }
}
