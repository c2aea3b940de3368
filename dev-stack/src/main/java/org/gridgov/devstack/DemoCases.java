package org.gridgov.devstack;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

import org.gridgov.testing.DevTokens;
import tools.jackson.databind.JsonNode;

/**
 * A few dozen cases of the demo county in every state of the loop, made the way people make them:
 * grid workers report in their grids and escalate, grid leaders escalate to the town, command
 * centres dispatch and supervise, departments answer, grid workers verify, residents rate. Each
 * case is driven as far as its target; a refused step ends that case with a note.
 */
final class DemoCases {

    /** How far a case is taken, and how many cases go there. */
    enum Target {
        ASSIGNED(5), RESOLVED_IN_GRID(2), CLOSED_IN_GRID(2), AT_VILLAGE(4), AT_TOWN(3), DISPATCHED(3), HANDLED(3),
        REOPENED(2), CLOSED(3), EVALUATED(3), FLAT_AT_COUNTY(2), FLAT_DISPATCHED(1), FLAT_EVALUATED(2);

        final int cases;

        Target(int cases) {
            this.cases = cases;
        }

        boolean urban() {
            return name().startsWith("FLAT");
        }

        boolean beyond(Target step) {
            return ordinal() >= step.ordinal();
        }
    }

    private static final Duration REPLICA_WAIT = Duration.ofMinutes(2);

    private final StackLayout layout;
    private final Api api;
    private final DemoCounty county;
    private final PrintStream out;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private final Map<String, Integer> states = new ConcurrentHashMap<>();
    private final List<String> refusals = Collections.synchronizedList(new ArrayList<>());

    DemoCases(StackLayout layout, Api api, DemoCounty county, PrintStream out) {
        this.layout = layout;
        this.api = api;
        this.county = county;
        this.out = out;
    }

    /** True when every case reached its target. */
    boolean load() throws InterruptedException {
        long start = System.nanoTime();
        if (!TerritoryReplica.awaitCaughtUp(layout, REPLICA_WAIT)) {
            note("cases: case-workflow has not read the whole territory within " + REPLICA_WAIT.toSeconds()
                    + " s; loading anyway, some cases may wait for placement");
        }
        List<String> categories = gridCategories();
        if (categories.isEmpty()) {
            note("cases skipped: GET /api/categories lists no category handled in the grid");
            return false;
        }
        List<Runnable> work = new ArrayList<>();
        int rural = 0;
        int urban = 0;
        List<DemoCounty.Grid> ruralGrids = DemoCounty.spread(county.rural(), 40);
        List<DemoCounty.Grid> urbanGrids = DemoCounty.spread(county.urban(), 8);
        int reported = 0;
        for (Target target : Target.values()) {
            for (int i = 0; i < target.cases; i++) {
                DemoCounty.Grid grid = target.urban() ? urbanGrids.get(urban++ % urbanGrids.size())
                        : ruralGrids.get(rural++ % ruralGrids.size());
                String category = categories.get(reported % categories.size());
                boolean supervised = target == Target.AT_VILLAGE && i < 2;
                boolean residentRates = reported % 3 == 0;
                int number = ++reported;
                work.add(() -> drive(number, grid, category, target, supervised, residentRates));
            }
        }
        work.add(this::hotlineCallWithoutAGrid);
        // Four cases at a time: each step is a request through the gateway, and two cores serve them all.
        try (ExecutorService threads = Executors.newFixedThreadPool(4, Thread.ofVirtual().factory())) {
            work.forEach(threads::submit);
        }
        String byState = new TreeMap<>(states).entrySet().stream()
                .map(entry -> entry.getKey() + " " + entry.getValue()).collect(Collectors.joining(", "));
        note("cases: " + states.values().stream().mapToInt(Integer::intValue).sum() + " loaded in " + Stack.seconds(start)
                + " through " + api.baseUrl() + " (" + byState + ")");
        if (!refusals.isEmpty()) {
            note("cases: " + refusals.size() + " stopped early; the first: " + refusals.getFirst());
        }
        return refusals.isEmpty();
    }

    private void drive(int number, DemoCounty.Grid grid, String category, Target target, boolean supervised, boolean residentRates) {
        String worker = token(grid.worker(), "GRID_WORKER", grid.code());
        String step = "POST /api/cases";
        try {
            JsonNode intake = api.post("/api/cases", worker, Map.of(
                    "category", category,
                    "description", "Demo case " + number + ": " + target.name().toLowerCase().replace('_', ' '),
                    "gridCode", grid.code(),
                    "channel", "GRID_WORKER_APP",
                    "peopleInvolved", 1,
                    "riskFlag", false)).require(step);
            String id = intake.path("caseId").asString();
            String trackingCode = intake.path("trackingCode").asString();
            JsonNode state = intake;
            if (target == Target.RESOLVED_IN_GRID || target == Target.CLOSED_IN_GRID) {
                state = call(step = "resolve", "/api/cases/" + id + "/resolve", worker,
                        Map.of("notes", "Cleared on the spot with the neighbours."));
                if (target == Target.CLOSED_IN_GRID) {
                    state = call(step = "verify", "/api/cases/" + id + "/verify", worker, Map.of("passed", true, "note", "Checked."));
                }
            } else if (target != Target.ASSIGNED) {
                state = call(step = "escalate", "/api/cases/" + id + "/escalate", worker,
                        Map.of("reason", "Beyond what the grid can settle."));
                // An urban grid's case goes flat to the county centre; a rural one climbs to its town.
                String holdingUnit = grid.urban() ? grid.code().substring(0, 6) : grid.town();
                String holder = token("cc-" + holdingUnit, "COMMAND_CENTRE", holdingUnit);
                if (supervised) {
                    String town = token("cc-" + grid.town(), "COMMAND_CENTRE", grid.town());
                    state = call(step = "supervise", "/api/cases/" + id + "/supervise", town, Map.of("note", "The town follows this one."));
                }
                if (!grid.urban() && target.beyond(Target.AT_TOWN)) {
                    String leader = token(county.leaders().getOrDefault(grid.village(), "gl-" + grid.village()), "GRID_LEADER", grid.village());
                    state = call(step = "escalate", "/api/cases/" + id + "/escalate", leader, Map.of("reason", "Needs the town."));
                }
                if (target.beyond(Target.DISPATCHED) && target != Target.FLAT_AT_COUNTY) {
                    state = call(step = "dispatch", "/api/cases/" + id + "/dispatch", holder, Map.of("instructions", "Please handle."));
                    if (target.beyond(Target.HANDLED) && target != Target.FLAT_DISPATCHED) {
                        String department = state.path("departmentCode").asString();
                        String handler = tokens.computeIfAbsent("dh-" + department, account -> DevTokens.forAccount(account)
                                .roles("DEPARTMENT_HANDLER").department(department).lifetime(Duration.ofHours(1)).sign());
                        state = call(step = "feedback", "/api/cases/" + id + "/feedback", handler,
                                Map.of("outcome", "RESOLVED", "summary", "Repaired by the department's team."));
                        if (target == Target.REOPENED) {
                            state = call(step = "verify", "/api/cases/" + id + "/verify", worker,
                                    Map.of("passed", false, "note", "Still not right on site."));
                        } else if (target.beyond(Target.CLOSED)) {
                            state = call(step = "verify", "/api/cases/" + id + "/verify", worker, Map.of("passed", true, "note", "Checked."));
                        }
                        if (target == Target.EVALUATED || target == Target.FLAT_EVALUATED) {
                            state = evaluate(id, trackingCode, worker, residentRates, number);
                        }
                    }
                }
            }
            states.merge(state.path("state").asString("?"), 1, Integer::sum);
        } catch (Api.Refused refused) {
            refusals.add(refused.getMessage());
        } catch (RuntimeException e) {
            refusals.add(step + ": " + e);
        }
    }

    /** A resident rates by tracking code, anonymously (the gateway allows few such calls a minute); or the grid worker records it. */
    private JsonNode evaluate(String id, String trackingCode, String worker, boolean resident, int number) {
        Map<String, Object> rating = Map.of("rating", 3 + number % 3, "comment", "Thank you.");
        if (resident) {
            api.post("/api/public/cases/" + trackingCode + "/evaluation", null, rating).require("public evaluation");
            return api.get("/api/cases/" + id, worker).require("GET /api/cases/{id}");
        }
        return call("evaluation", "/api/cases/" + id + "/evaluation", worker, rating);
    }

    /** A call to the county hotline about a place with no grid given: it waits at the county for placement. */
    private void hotlineCallWithoutAGrid() {
        String centre = token("cc-130527", "COMMAND_CENTRE", "130527");
        try {
            JsonNode intake = api.post("/api/cases", centre, Map.of(
                    "category", "STREET_LIGHT_OUT",
                    "description", "Caller reports street lights out along the canal road.",
                    "addressText", "运河路 (no house number given)",
                    "channel", "HOTLINE",
                    "peopleInvolved", 0,
                    "riskFlag", false)).require("POST /api/cases (hotline)");
            states.merge(intake.path("state").asString("?") + (intake.path("awaitingPlacement").asBoolean() ? " awaiting placement" : ""),
                    1, Integer::sum);
        } catch (RuntimeException e) {
            refusals.add(e.getMessage());
        }
    }

    private JsonNode call(String what, String path, String token, Map<String, Object> body) {
        return api.post(path, token, body).require("POST " + path.replaceFirst("/api/cases/[^/]+/", "/api/cases/{id}/") + " (" + what + ")");
    }

    private String token(String account, String role, String scope) {
        return tokens.computeIfAbsent(account + "/" + role + "/" + scope, key -> DemoData.token(account, role, scope));
    }

    /** The categories a grid handles first (home level GRID, no severity rule that would lift them at once). */
    private List<String> gridCategories() {
        JsonNode catalogue = api.get("/api/categories", token("dev-demo-loader", "ADMIN", "130527")).body();
        List<String> codes = new ArrayList<>();
        for (JsonNode category : catalogue.path("categories")) {
            if (category.path("homeLevel").asString().equals("GRID") && category.path("severityRules").isEmpty()) {
                codes.add(category.path("code").asString());
            }
        }
        return codes;
    }

    private void note(String what) {
        out.println(Stack.progress(DemoData.PART, what));
    }
}
