package org.gridgov.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import org.gridgov.events.CloudEventCodec;
import org.gridgov.events.EventSchemas;
import org.gridgov.events.Topics;
import org.gridgov.events.units.UnitState;
import org.gridgov.registry.generator.CountyGenerator;
import org.gridgov.registry.generator.GeneratedCounty;
import org.gridgov.registry.transfer.UnitFeatures;
import org.gridgov.registry.unit.UnitDraft;
import org.gridgov.registry.unit.UnitLevel;
import org.gridgov.testing.ApiAllowLists;
import org.gridgov.testing.DevTokens;
import org.gridgov.testing.EventStreams;
import org.gridgov.testing.Recording;
import org.gridgov.testing.StreamedEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.geom.Point;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The registry over HTTP with Nanhe loaded: units, import and export, staff rules, locate, coverage, sizing, events, access. */
@RegistryIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistryApiTest {

    private static final GeneratedCounty NANHE = CountyGenerator.nanhe();
    private static final String ADMIN = DevTokens.forAccount("admin-1").roles("ADMIN").sign();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private Api api;
    private Api.Response firstImport;

    @BeforeAll
    void importNanhe() {
        api = Api.onPort(port);
        firstImport = api.importUnits(ADMIN, NANHE.units(), "?requireTiling=true");
    }

    @Test
    void importOfNanheCreatesEveryUnitAndFindsEveryParentTiled() {
        assertThat(firstImport.status()).isEqualTo(200);
        assertThat(firstImport.body().get("created").asInt()).isEqualTo(1_418);
        assertThat(firstImport.body().get("tiled").asBoolean()).isTrue();
        assertThat(firstImport.body().get("coverage")).hasSize(1 + 8 + 208);
    }

    @Test
    void importingTheSameFileAgainChangesNothing() {
        // Other tests change a few units; this import puts them back, the next one finds nothing to do.
        api.importUnits(ADMIN, NANHE.units(), "");
        int eventsBefore = unitEvents();

        Api.Response again = api.importUnits(ADMIN, NANHE.units(), "");

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().get("unchanged").asInt()).isEqualTo(1_418);
        assertThat(again.body().get("created").asInt() + again.body().get("updated").asInt()).isZero();
        assertThat(unitEvents()).isEqualTo(eventsBefore);
    }

    @Test
    void exportedTownImportsBackUnchanged() {
        Api.Response exported = api.get("/api/units/130527200/export", ADMIN);

        Api.Response reimported = api.post("/api/units/import", ADMIN, exported.body());

        assertThat(exported.contentType()).startsWith("application/geo+json");
        assertThat(exported.body().get("features").size()).isGreaterThan(100);
        assertThat(reimported.body().get("unchanged").asInt()).isEqualTo(exported.body().get("features").size());
    }

    @Test
    void importWithBadFeaturesWritesNothingAndNamesEachOne() {
        UnitDraft village = grid(0, "130527101");
        UnitDraft newVillage = new UnitDraft("130527101298", "新村", UnitLevel.VILLAGE, village.kind(), 90, 0, null, null);
        UnitDraft orphan = new UnitDraft("130527101299001", "孤格", UnitLevel.GRID, village.kind(), 90, 0, null, null);
        ObjectNode collection = UnitFeatures.write(List.of(newVillage, orphan));
        ((ObjectNode) collection.get("features").get(0)).set("geometry", bowTie());

        Api.Response refused = api.post("/api/units/import", ADMIN, collection);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("errors").toString())
                .contains("\"field\":\"features[0].geometry\"", "Self-intersection")
                .contains("\"field\":\"features[1].properties.code\"", "parent 130527101299 does not exist");
        assertThat(api.get("/api/units/130527101298", ADMIN).status()).isEqualTo(404);
    }

    @Test
    void unitIsRefusedForItsCodeLevelBoundaryOrMissingParent() {
        UnitDraft grid = grid(0, "130527101");
        ObjectNode body = Api.unitBody(grid);

        Api.Response badCode = api.put("/api/units/13052", ADMIN, body);
        Api.Response wrongLevel = api.put("/api/units/" + grid.parentCode() + "901", ADMIN, body.deepCopy().put("level", "VILLAGE"));
        Api.Response crossing = api.put("/api/units/" + grid.parentCode() + "901", ADMIN, body.deepCopy().set("boundary", bowTie()));
        Api.Response orphan = api.put("/api/units/130527101299001", ADMIN, body);

        assertThat(badCode.status()).isEqualTo(400);
        assertThat(badCode.body().get("errors").get(0).get("field").asString()).isEqualTo("code");
        assertThat(wrongLevel.body().get("errors").get(0).get("reason").asString()).isEqualTo("a VILLAGE has a code of 12 digits; this code has 15");
        assertThat(crossing.status()).isEqualTo(400);
        assertThat(crossing.body().get("errors").get(0).get("reason").asString()).startsWith("is not a valid polygon: Self-intersection");
        assertThat(orphan.status()).isEqualTo(409);
        assertThat(orphan.problemType()).isEqualTo("urn:gridgov:problem:parent-missing");
        assertThat(orphan.body().get("parentCode").asString()).isEqualTo("130527101299");
    }

    @Test
    void invalidBoundaryIsRepairedWhenAsked() {
        UnitDraft grid = grid(0, "130527101");

        Api.Response repaired = api.put("/api/units/" + grid.parentCode() + "902?repair=true", ADMIN,
                Api.unitBody(grid).set("boundary", bowTie()));

        assertThat(repaired.status()).isEqualTo(201);
        assertThat(repaired.body().get("boundary").get("type").asString()).isEqualTo("MultiPolygon");
        assertThat(repaired.body().get("version").asLong()).isEqualTo(1);
    }

    @Test
    void pointFallsInItsGridWithTheAncestorsAndTheGridWorker() {
        UnitDraft grid = grid(3, "130527101");
        api.assign(ADMIN, staffOf(grid.code(), "GRID_WORKER"));
        Point inside = grid.boundary().getInteriorPoint();

        Api.Response located = locate(inside, ADMIN);
        Api.Response nowhere = api.get("/api/grids/locate?lon=100.0&lat=30.0", ADMIN);

        assertThat(located.status()).isEqualTo(200);
        assertThat(located.body().get("code").asString()).isEqualTo(grid.code());
        assertThat(located.body().get("ancestors").findValuesAsString("code"))
                .containsExactly("130527", "130527101", grid.parentCode());
        assertThat(located.body().get("gridWorker").get("accountId").asString()).isEqualTo("gw-" + grid.code());
        assertThat(located.body().get("routingMode").asString()).isEqualTo("LEVEL_BY_LEVEL");
        assertThat(nowhere.status()).isEqualTo(404);
        assertThat(nowhere.contentType()).startsWith("application/problem+json");
    }

    @Test
    void gridTakesOneWorkerAndHandsOverOnlyExplicitly() {
        String grid = grid(4, "130527101").code();
        api.assign(ADMIN, staffOf(grid, "GRID_WORKER"));

        Api.Response second = api.put("/api/units/" + grid + "/staff/GRID_WORKER/gw-newcomer", ADMIN, Api.contact("新网格员", "0319-6000000"));
        Api.Response handover = api.put("/api/units/" + grid + "/staff/GRID_WORKER/gw-newcomer?replace=true", ADMIN, Api.contact("新网格员", "0319-6000000"));
        Api.Response history = api.get("/api/units/" + grid + "/staff?history=true", ADMIN);

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.problemType()).isEqualTo("urn:gridgov:problem:one-grid-one-worker");
        assertThat(second.body().get("currentAccountId").asString()).isEqualTo("gw-" + grid);
        assertThat(handover.status()).isEqualTo(200);
        assertThat(history.body()).hasSize(2);
        assertThat(history.body().get(0).get("accountId").asString()).isEqualTo("gw-newcomer");
        assertThat(history.body().get(1).get("to").isNull()).isFalse();
        assertThat(api.get("/api/staff/gw-newcomer/units", ADMIN).body().get(0).get("unitCode").asString()).isEqualTo(grid);
    }

    @Test
    void answerableCadreTakesAtMostTwoGrids() {
        String path = "/staff/ANSWERABLE_CADRE/ac-limit";

        Api.Response first = api.put("/api/units/" + grid(5, "130527101").code() + path, ADMIN, Api.contact("分包干部", null));
        Api.Response secondGrid = api.put("/api/units/" + grid(6, "130527101").code() + path, ADMIN, Api.contact("分包干部", null));
        Api.Response third = api.put("/api/units/" + grid(7, "130527101").code() + path, ADMIN, Api.contact("分包干部", null));

        assertThat(first.status()).isEqualTo(200);
        assertThat(secondGrid.status()).isEqualTo(200);
        assertThat(third.status()).isEqualTo(409);
        assertThat(third.problemType()).isEqualTo("urn:gridgov:problem:answerable-cadre-limit");
    }

    @Test
    void onlyAUnitWithoutChildrenOrStaffRetiresAndItsGroundFallsToItsVillage() {
        UnitDraft staffed = grid(8, "130527202");
        UnitDraft empty = grid(9, "130527202");
        api.assign(ADMIN, staffOf(staffed.code(), "GRID_WORKER"));

        Api.Response village = api.delete("/api/units/" + empty.parentCode(), ADMIN);
        Api.Response withStaff = api.delete("/api/units/" + staffed.code(), ADMIN);
        Api.Response retired = api.delete("/api/units/" + empty.code(), ADMIN);

        assertThat(village.status()).isEqualTo(409);
        assertThat(village.problemType()).isEqualTo("urn:gridgov:problem:unit-has-children");
        assertThat(withStaff.status()).isEqualTo(409);
        assertThat(withStaff.problemType()).isEqualTo("urn:gridgov:problem:unit-has-staff");
        assertThat(retired.status()).isEqualTo(204);
        assertThat(api.get("/api/units/" + empty.code(), ADMIN).body().get("retired").asBoolean()).isTrue();
        assertThat(locate(empty.boundary().getInteriorPoint(), ADMIN).body().get("code").asString()).isEqualTo(empty.parentCode());
        Api.Response coverage = api.get("/api/units/" + empty.parentCode() + "/coverage", ADMIN);
        assertThat(coverage.body().get("tiled").asBoolean()).isFalse();
        assertThat(coverage.body().get("gaps").get(0).get("areaSquareMetres").asDouble()).isGreaterThan(10_000);
        assertThat(coverage.body().get("gaps").get(0).get("geometry").get("type").asString()).isEqualTo("Polygon");
    }

    @Test
    void townTurningFlatRepublishesEveryUnitBelowItWithStaffAsIdsOnly() {
        UnitDraft town = NANHE.units().stream().filter(unit -> unit.code().equals("130527102")).findFirst().orElseThrow();
        UnitDraft grid = grid(0, "130527102");
        api.assign(ADMIN, staffOf(grid.code(), "GRID_WORKER"));
        long below = NANHE.units().stream().filter(unit -> unit.code().startsWith("130527102") && !unit.code().equals("130527102")).count();

        try (Recording recording = EventStreams.record(Topics.GRID_UNITS)) {
            Api.Response flat = api.put("/api/units/130527102", ADMIN, Api.unitBody(town).put("routingMode", "FLAT"));

            List<StreamedEvent> events = recording.awaitCount((int) below + 1);
            StreamedEvent gridEvent = events.stream().filter(event -> event.key().equals(grid.code())).findFirst().orElseThrow();
            UnitState state = gridEvent.data(UnitState.class);
            String data = new String(gridEvent.event().getData().toBytes(), StandardCharsets.UTF_8);
            assertThat(flat.status()).isEqualTo(200);
            assertThat(state.routingMode()).isEqualTo("FLAT");
            assertThat(state.staff()).containsExactly(new UnitState.StaffMember("gw-" + grid.code(), "GRID_WORKER"));
            assertThat(state.boundary().get("type").asString()).isEqualTo("Polygon");
            assertThat(EventSchemas.problems(gridEvent.event().getType(), gridEvent.event().getData().toBytes())).isEmpty();
            assertThat(data).doesNotContain("0319-", "网格员");
        }
        assertThat(api.get("/api/units/" + grid.code(), ADMIN).body().get("effectiveRoutingMode").asString()).isEqualTo("FLAT");
    }

    @Test
    void sizingFindsTheGridsOutsideTheStandard() {
        Api.Response sizing = api.get("/api/units/130527/sizing", ADMIN);

        assertThat(sizing.body().get("grids").asInt()).isBetween(1_200, 1_202);
        assertThat(sizing.body().get("outliers").size()).isBetween(10, 100);
        assertThat(sizing.body().get("outliers").findValuesAsString("verdict")).contains("TOO_SMALL", "TOO_LARGE");
    }

    @Test
    void treeShowsTownsAndVillagesToTheDepthAsked() {
        Api.Response tree = api.get("/api/units/130527/tree?depth=2", ADMIN);
        Api.Response tooDeep = api.get("/api/units/130527/tree?depth=9", ADMIN);
        Api.Response children = api.get("/api/units/130527100/children", ADMIN);

        assertThat(tree.body().get("children")).hasSize(8);
        assertThat(tree.body().get("children").get(0).get("children")).hasSize(8);
        assertThat(tree.body().get("children").get(0).get("children").get(0).get("children")).isEmpty();
        assertThat(tooDeep.status()).isEqualTo(400);
        assertThat(children.body()).hasSize(8);
    }

    @Test
    void openApiDocumentListsEveryEndpoint() {
        Api.Response document = api.get("/v3/api-docs", null);

        assertThat(document.status()).isEqualTo(200);
        assertThat(document.body().get("paths").propertyNames()).contains("/api/units/{code}", "/api/units/{code}/children",
                "/api/units/{code}/tree", "/api/units/import", "/api/units/{code}/export", "/api/grids/locate",
                "/api/units/{code}/coverage", "/api/units/{code}/sizing", "/api/units/{code}/staff/{role}/{accountId}",
                "/api/units/{code}/staff", "/api/staff/{accountId}/units");
    }

    @Test
    void openApiDocumentIsNamedVersionedAndServedThroughTheGateway() throws IOException {
        Properties build = PropertiesLoaderUtils.loadProperties(new ClassPathResource("META-INF/build-info.properties"));

        JsonNode document = api.get("/v3/api-docs", null).body();

        assertThat(document.at("/info/title").asString()).isEqualTo("GridGov grid-registry API");
        assertThat(document.at("/info/version").asString()).isEqualTo(build.getProperty("build.version")).isNotBlank();
        assertThat(document.at("/info/description").asString()).startsWith("The territory: units, grids");
        assertThat(document.path("servers")).hasSize(1);
        assertThat(document.at("/servers/0/url").asString()).isEqualTo("http://localhost:8080");
    }

    @Test
    void everyEndpointNamesTheRolesThatMayCallIt() {
        Map<String, List<String>> roles = ApiAllowLists.read(port);

        assertThat(roles.get("GET /api/grids/locate")).contains("SERVICE");
        assertThat(roles.get("PUT /api/units/{code}")).containsExactly("COMMAND_CENTRE", "ADMIN");
        assertThat(roles).allSatisfy((operation, names) -> {
            if (!operation.equals("GET /api/grids/locate")) {
                assertThat(names).as(operation).doesNotContain("SERVICE", "ANONYMOUS");
            }
        });
    }

    // ---- Who may do what where: role x territory x endpoint ----

    private static final String MATRIX_GRID = "130527101";
    private static final String OTHER_TOWN = "130527102";

    static Stream<Arguments> accessMatrix() {
        String grid = grid(1, MATRIX_GRID).code();
        String village = grid.substring(0, 12);
        String other = grid(1, OTHER_TOWN).code();
        String admin = ADMIN;
        String county = DevTokens.forAccount("cc-county").roles("COMMAND_CENTRE").scope("130527").sign();
        String town = DevTokens.forAccount("cc-town").roles("COMMAND_CENTRE").scope(MATRIX_GRID).sign();
        String worker = DevTokens.forAccount("gw-matrix").roles("GRID_WORKER").scope(grid).sign();
        String inspector = DevTokens.forAccount("insp").roles("INSPECTOR").scope("130527").sign();
        String handler = DevTokens.forAccount("dh").roles("DEPARTMENT_HANDLER").department("URBAN_MGMT").sign();
        String service = DevTokens.forAccount("service:case-workflow").roles("SERVICE").sign();
        return Stream.of(
                row("admin", admin, "read unit", "GET", grid, 200),
                row("county centre", county, "read unit", "GET", grid, 200),
                row("town centre", town, "read unit", "GET", grid, 200),
                row("town centre", town, "read unit of another town", "GET", other, 404),
                row("grid worker", worker, "read own grid", "GET", grid, 200),
                row("grid worker", worker, "read its village", "GET", village, 404),
                row("inspector", inspector, "read unit", "GET", grid, 200),
                row("department handler, whose work is no unit's", handler, "read unit", "GET", grid, 403),
                row("anonymous", null, "read unit", "GET", grid, 401),
                row("admin", admin, "write unit", "PUT", grid, 200),
                row("county centre", county, "write unit", "PUT", grid, 200),
                row("town centre", town, "write unit", "PUT", grid, 200),
                row("town centre", town, "write unit of another town", "PUT", other, 403),
                row("grid worker", worker, "write own grid", "PUT", grid, 403),
                row("inspector", inspector, "write unit", "PUT", grid, 403),
                row("anonymous", null, "write unit", "PUT", grid, 401),
                row("admin", admin, "assign staff", "STAFF", grid, 200),
                row("town centre", town, "assign staff", "STAFF", grid, 200),
                row("town centre", town, "assign staff in another town", "STAFF", other, 403),
                row("grid worker", worker, "assign staff", "STAFF", grid, 403),
                row("inspector", inspector, "assign staff", "STAFF", grid, 403),
                row("county centre", county, "import", "IMPORT", grid, 200),
                row("town centre", town, "import into another town", "IMPORT", other, 403),
                row("grid worker", worker, "import", "IMPORT", grid, 403),
                row("town centre", town, "retire unknown unit", "DELETE", MATRIX_GRID + "299999", 404),
                row("grid worker", worker, "retire", "DELETE", grid, 403),
                row("inspector", inspector, "coverage", "COVERAGE", village, 200),
                row("grid worker", worker, "coverage of its village", "COVERAGE", village, 404),
                row("grid worker", worker, "locate in own grid", "LOCATE", grid, 200),
                row("town centre", town, "locate in another town", "LOCATE", other, 404),
                row("case-workflow's own token", service, "locate anywhere", "LOCATE", other, 200),
                row("case-workflow's own token", service, "read unit", "GET", grid, 403),
                row("case-workflow's own token", service, "write unit", "PUT", grid, 403),
                row("case-workflow's own token", service, "staff of a grid", "STAFF_LIST", grid, 403),
                row("inspector", inspector, "sizing", "SIZING", village, 200),
                row("grid worker", worker, "staff of own grid", "STAFF_LIST", grid, 200),
                row("town centre", town, "staff of another town", "STAFF_LIST", other, 404));
    }

    @ParameterizedTest(name = "{0} may {2}: {5}")
    @MethodSource("accessMatrix")
    void accessFollowsRoleAndTerritory(String caller, String token, String action, String endpoint, String code, int expected) {
        Api.Response response = switch (endpoint) {
            case "GET" -> api.get("/api/units/" + code, token);
            case "PUT" -> api.put("/api/units/" + code, token, Api.unitBody(unit(code)));
            case "STAFF" -> api.put("/api/units/" + code + "/staff/VOLUNTEER/v-matrix", token, Api.contact("志愿者", null));
            case "IMPORT" -> api.importUnits(token, List.of(unit(code)), "");
            case "DELETE" -> api.delete("/api/units/" + code, token);
            case "COVERAGE" -> api.get("/api/units/" + code + "/coverage", token);
            case "LOCATE" -> locate(unit(code).boundary().getInteriorPoint(), token);
            case "SIZING" -> api.get("/api/units/" + code + "/sizing", token);
            case "STAFF_LIST" -> api.get("/api/units/" + code + "/staff", token);
            default -> throw new IllegalArgumentException(endpoint);
        };

        assertThat(response.status()).as(caller + " / " + action + ": " + response.body()).isEqualTo(expected);
        if (expected >= 400) {
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
    }

    private static Arguments row(String caller, String token, String action, String endpoint, String code, int expected) {
        return Arguments.of(caller, token, action, endpoint, code, expected);
    }

    // ---- Nanhe's units and staff, and small calls ----

    /** The n-th grid of a town, in code order. */
    private static UnitDraft grid(int n, String townCode) {
        return NANHE.units().stream().filter(unit -> unit.level() == UnitLevel.GRID && unit.code().startsWith(townCode))
                .skip(n).findFirst().orElseThrow();
    }

    private static UnitDraft unit(String code) {
        return NANHE.units().stream().filter(unit -> unit.code().equals(code)).findFirst().orElseThrow();
    }

    private static List<GeneratedCounty.StaffAssignment> staffOf(String code, String role) {
        return NANHE.staff().stream().filter(staff -> staff.unitCode().equals(code) && staff.role().equals(role)).toList();
    }

    private Api.Response locate(Point point, String token) {
        return api.get("/api/grids/locate?lon=" + point.getX() + "&lat=" + point.getY(), token);
    }

    private int unitEvents() {
        return jdbc.queryForObject("select count(*) from gridgov_outbox where topic = ?", Integer.class, Topics.GRID_UNITS);
    }

    private static JsonNode bowTie() {
        return CloudEventCodec.MAPPER.readTree("""
                {"type":"Polygon","coordinates":[[[114.6,37.0],[114.62,37.02],[114.62,37.0],[114.6,37.02],[114.6,37.0]]]}""");
    }
}
