package org.gridgov.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.cases.NanheCounty.BEIJIASONG;
import static org.gridgov.cases.NanheCounty.BEIJIASONG_GRID_1;
import static org.gridgov.cases.NanheCounty.BEIJIASONG_GRID_2;
import static org.gridgov.cases.NanheCounty.BEIJIASONG_WORKER_1;
import static org.gridgov.cases.NanheCounty.BEIJIASONG_WORKER_2;
import static org.gridgov.cases.NanheCounty.COUNTY;
import static org.gridgov.cases.NanheCounty.HAOQIAO_TOWN;
import static org.gridgov.cases.NanheCounty.JIASONG_TOWN;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.gridgov.testing.ApiAllowLists;
import org.gridgov.testing.DevTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may do what to which case: roles × territory × endpoints. A case outside the caller's
 * territory answers 404 (nothing leaks), one inside it that the caller may not change 403, a
 * missing token 401; department handlers reach only cases dispatched to their department.
 */
class SecurityMatrixTest extends CaseWorkflowIntegrationTest {

    /** The callers, each with the territory (or department) their token carries. */
    enum Who {
        ANONYMOUS(null),
        GRID_WORKER(token(BEIJIASONG_WORKER_1, "GRID_WORKER", BEIJIASONG_GRID_1)),
        OTHER_GRID_WORKER(token(BEIJIASONG_WORKER_2, "GRID_WORKER", BEIJIASONG_GRID_2)),
        VILLAGE_CENTRE(token("c-bjs", "COMMAND_CENTRE", BEIJIASONG)),
        TOWN_CENTRE(token("c-jiasong", "COMMAND_CENTRE", JIASONG_TOWN)),
        OTHER_TOWN_CENTRE(token("c-haoqiao", "COMMAND_CENTRE", HAOQIAO_TOWN)),
        COUNTY_CENTRE(token("c-county", "COMMAND_CENTRE", COUNTY)),
        URBAN_MGMT_HANDLER(department("h-urban", "URBAN_MGMT")),
        TRANSPORT_HANDLER(department("h-transport", "TRANSPORT")),
        INSPECTOR(token("i-county", "INSPECTOR", COUNTY)),
        ADMIN(admin()),
        // notification-service's own token: only the reporter's contact is open to it.
        SERVICE(DevTokens.forAccount("notification").roles("SERVICE").sign());

        final String token;

        Who(String token) {
            this.token = token;
        }
    }

    /** Where the case an action is tried on stands. */
    enum Given { ASSIGNED_IN_GRID, HELD_AT_TOWN, DISPATCHED_TO_URBAN_MGMT, HANDLED_IN_GRID, CLOSED_IN_GRID,
        CLOSED_BY_URBAN_MGMT }

    // Columns: ANONYMOUS, GRID_WORKER, OTHER_GRID_WORKER, VILLAGE_CENTRE, TOWN_CENTRE, OTHER_TOWN_CENTRE,
    //          COUNTY_CENTRE, URBAN_MGMT_HANDLER, TRANSPORT_HANDLER, INSPECTOR, ADMIN, SERVICE
    private static final List<Row> MATRIX = List.of(
            new Row("read", Given.ASSIGNED_IN_GRID, 401, 200, 404, 200, 200, 404, 200, 404, 404, 200, 200, 403),
            new Row("history", Given.ASSIGNED_IN_GRID, 401, 200, 404, 200, 200, 404, 200, 404, 404, 200, 200, 403),
            new Row("read", Given.DISPATCHED_TO_URBAN_MGMT, 401, 200, 404, 200, 200, 404, 200, 200, 404, 200, 200, 403),
            new Row("report", Given.ASSIGNED_IN_GRID, 401, 201, 201, 201, 201, 201, 201, 403, 403, 403, 403, 403),
            new Row("escalate", Given.ASSIGNED_IN_GRID, 401, 200, 404, 200, 200, 404, 200, 403, 403, 403, 403, 403),
            new Row("escalate", Given.HELD_AT_TOWN, 401, 403, 404, 403, 200, 404, 200, 403, 403, 403, 403, 403),
            new Row("resolve", Given.ASSIGNED_IN_GRID, 401, 200, 404, 200, 200, 404, 200, 403, 403, 403, 403, 403),
            new Row("dispatch", Given.HELD_AT_TOWN, 401, 403, 403, 403, 200, 404, 200, 403, 403, 403, 403, 403),
            new Row("feedback", Given.DISPATCHED_TO_URBAN_MGMT, 401, 403, 403, 403, 403, 403, 403, 200, 404, 403, 403, 403),
            new Row("return", Given.DISPATCHED_TO_URBAN_MGMT, 401, 403, 403, 403, 403, 403, 403, 200, 404, 403, 403, 403),
            new Row("verify", Given.HANDLED_IN_GRID, 401, 200, 404, 200, 200, 404, 200, 403, 403, 403, 403, 403),
            new Row("evaluation", Given.HANDLED_IN_GRID, 401, 409, 404, 403, 403, 403, 403, 403, 403, 403, 403, 403),
            new Row("supervise", Given.ASSIGNED_IN_GRID, 401, 403, 403, 200, 200, 404, 200, 403, 403, 403, 403, 403),
            new Row("place", Given.ASSIGNED_IN_GRID, 401, 403, 403, 409, 409, 404, 409, 403, 403, 403, 403, 403),
            new Row("unlink", Given.ASSIGNED_IN_GRID, 401, 403, 403, 409, 409, 404, 409, 403, 403, 403, 403, 403),
            // Figures of the village the case lies in: for those who assess it, inside their territory.
            new Row("indicators", Given.ASSIGNED_IN_GRID, 401, 403, 403, 200, 200, 403, 200, 403, 403, 200, 403, 403),
            // Rejecting and reopening: command centres governing the unit holding the case, and for a
            // reopen the department that handled it; inspectors read only. Administrators administer
            // (indicator projections, dead letters) and read; they handle no case for anyone.
            new Row("reject", Given.ASSIGNED_IN_GRID, 401, 403, 403, 200, 200, 404, 200, 403, 403, 403, 403, 403),
            new Row("reopen", Given.CLOSED_IN_GRID, 401, 403, 403, 200, 200, 404, 200, 404, 404, 403, 403, 403),
            new Row("reopen", Given.CLOSED_BY_URBAN_MGMT, 401, 403, 403, 403, 200, 404, 200, 200, 404, 403, 403, 403),
            // Only a service's own token reads the reporter's contact (this case has none: 404).
            new Row("reporter-contact", Given.ASSIGNED_IN_GRID, 401, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 404));

    // Whether the caller's listing shows the case: the same territory rule as reading it.
    private static final List<Row> LISTINGS = List.of(
            new Row("list", Given.ASSIGNED_IN_GRID, 401, 1, 0, 1, 1, 0, 1, 0, 0, 1, 1, 403),
            new Row("list", Given.DISPATCHED_TO_URBAN_MGMT, 401, 1, 0, 1, 1, 0, 1, 1, 0, 1, 1, 403));

    private static final Map<Given, UUID> SHARED = new EnumMap<>(Given.class);

    static Stream<Arguments> matrix() {
        return expand(MATRIX);
    }

    static Stream<Arguments> listings() {
        return expand(LISTINGS);
    }

    @ParameterizedTest(name = "{2} {0} on a case {1}: {3}")
    @MethodSource("matrix")
    void callerMayActOnlyWithinTheirRoleAndTerritory(String action, Given given, Who who, int expected) {
        // A refused request changes nothing, so refusals share one case per situation; an allowed one gets its own.
        UUID caseId = expected < 300 ? caseThat(given) : SHARED.computeIfAbsent(given, this::caseThat);

        Api.Response response = attempt(action, caseId, who);

        assertThat(response.status()).as(response.body().toString()).isEqualTo(expected);
        if (expected >= 400) {
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
    }

    @ParameterizedTest(name = "{2} lists a case {1}: {3}")
    @MethodSource("listings")
    void listingsShowOnlyCasesInTheCallersTerritoryOrDepartment(String action, Given given, Who who, int expected) {
        UUID caseId = caseThat(given);
        String category = categoryOf(given);

        Api.Response listing = api().get("/api/cases?size=100&category=" + category, who.token);

        if (expected == 401 || expected == 403) {
            assertThat(listing.status()).isEqualTo(expected);
            return;
        }
        assertThat(listing.status()).isEqualTo(200);
        boolean listed = listing.body().path("items").valueStream()
                .anyMatch(item -> item.path("id").asString().equals(caseId.toString()));
        assertThat(listed).isEqualTo(expected == 1);
        assertThat(listing.body().path("items").valueStream()).allSatisfy(item ->
                assertThat(item.path("reporterContact").isNull()).isTrue());
    }

    @Test
    void everyEndpointNamesTheRolesThatMayCallIt() {
        Map<String, List<String>> roles = ApiAllowLists.read(port);

        assertThat(roles).containsEntry("POST /api/public/cases", List.of("ANONYMOUS"))
                .containsEntry("GET /api/cases/{caseId}/reporter-contact", List.of("SERVICE"))
                .containsEntry("POST /api/cases/{caseId}/feedback", List.of("DEPARTMENT_HANDLER"));
        assertThat(roles).allSatisfy((operation, names) -> {
            if (operation.startsWith("POST") && !operation.contains("/public/") && !operation.contains("/admin/")) {
                assertThat(names).as(operation).doesNotContain("ADMIN", "INSPECTOR", "MEDIATOR", "SERVICE");
            }
        });
    }

    @Test
    void aRefusedRoleIsForbiddenBeforeItsReportIsValidated() {
        Api.Response refused = api().post("/api/cases", Who.INSPECTOR.token, Map.of("category", ""));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
    }

    private Api.Response attempt(String action, UUID caseId, Who who) {
        return switch (action) {
            case "read" -> api().get("/api/cases/" + caseId, who.token);
            case "history" -> api().get("/api/cases/" + caseId + "/history", who.token);
            case "report" -> api().post("/api/cases", who.token, reportIn(BEIJIASONG_GRID_1, "STREET_LITTER"));
            case "escalate" -> act(who.token, caseId, "escalate", Map.of("reason", "beyond this level"));
            case "resolve" -> act(who.token, caseId, "resolve", Map.of("notes", "settled on the spot"));
            case "dispatch" -> act(who.token, caseId, "dispatch", Map.of("departmentCode", "URBAN_MGMT"));
            case "feedback" -> act(who.token, caseId, "feedback", Map.of("outcome", "RESOLVED", "summary", "done"));
            case "return" -> act(who.token, caseId, "return", Map.of("reason", "not ours"));
            case "verify" -> act(who.token, caseId, "verify", Map.of("passed", true));
            // Recording a rating on a case not closed yet: only the roles that may get this far see the 409.
            case "evaluation" -> act(who.token, caseId, "evaluation", Map.of("rating", 4));
            case "supervise" -> act(who.token, caseId, "supervise", Map.of("note", "watch this one"));
            // Placing an assigned case: the centres that hold it get as far as the loop's 409.
            case "place" -> act(who.token, caseId, "place", Map.of("gridCode", BEIJIASONG_GRID_1));
            // Unlinking a case that is no duplicate: the centres that hold it get as far as the loop's 409.
            case "unlink" -> act(who.token, caseId, "unlink", Map.of());
            case "reject" -> act(who.token, caseId, "reject", Map.of("reasonCode", "PRANK", "note", "nobody there"));
            case "reopen" -> act(who.token, caseId, "reopen", Map.of("reason", "back again"));
            case "reporter-contact" -> api().get("/api/cases/" + caseId + "/reporter-contact", who.token);
            case "indicators" -> api().get("/api/indicators?unit=" + BEIJIASONG + "&from=2026-01-01&to=2026-12-31",
                    who.token);
            default -> throw new IllegalArgumentException(action);
        };
    }

    private UUID caseThat(Given given) {
        // The county's centre holds every case of the county: it reports, resolves, dispatches and verifies.
        String centre = Who.COUNTY_CENTRE.token;
        return switch (given) {
            case ASSIGNED_IN_GRID -> report(centre, reportIn(BEIJIASONG_GRID_1, categoryOf(given)));
            case HELD_AT_TOWN -> heldAtTown(centre);
            case DISPATCHED_TO_URBAN_MGMT -> {
                UUID caseId = heldAtTown(centre);
                actOk(centre, caseId, "dispatch", Map.of("departmentCode", "URBAN_MGMT"));
                yield caseId;
            }
            case HANDLED_IN_GRID -> {
                UUID caseId = report(centre, reportIn(BEIJIASONG_GRID_1, "STREET_LITTER"));
                actOk(centre, caseId, "resolve", Map.of("notes", "swept"));
                yield caseId;
            }
            case CLOSED_IN_GRID -> {
                UUID caseId = caseThat(Given.HANDLED_IN_GRID);
                actOk(centre, caseId, "verify", Map.of("passed", true));
                yield caseId;
            }
            case CLOSED_BY_URBAN_MGMT -> {
                UUID caseId = caseThat(Given.DISPATCHED_TO_URBAN_MGMT);
                actOk(Who.URBAN_MGMT_HANDLER.token, caseId, "feedback", Map.of("outcome", "RESOLVED", "summary", "done"));
                actOk(centre, caseId, "verify", Map.of("passed", true));
                yield caseId;
            }
        };
    }

    private UUID heldAtTown(String centre) {
        Map<String, Object> dispute = reportIn(BEIJIASONG_GRID_1, "NEIGHBOUR_DISPUTE");
        dispute.put("peopleInvolved", 12);
        return report(centre, dispute);
    }

    private static String categoryOf(Given given) {
        return given == Given.ASSIGNED_IN_GRID ? "LEFT_BEHIND_CHILD" : "NEIGHBOUR_DISPUTE";
    }

    private static Stream<Arguments> expand(List<Row> rows) {
        List<Arguments> cells = new ArrayList<>();
        for (Row row : rows) {
            for (Who who : Who.values()) {
                cells.add(Arguments.of(row.action(), row.given(), who, row.expected()[who.ordinal()]));
            }
        }
        return cells.stream();
    }

    record Row(String action, Given given, int... expected) {

        Row {
            if (expected.length != Who.values().length) {
                throw new IllegalArgumentException(action + " on " + given + ": one expectation per caller");
            }
        }
    }
}
