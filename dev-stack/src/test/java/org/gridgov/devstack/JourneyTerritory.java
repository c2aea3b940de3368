package org.gridgov.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * The county of the journeys (Nanhe's codes): one rural town whose cases climb grid → village →
 * town → county, and one urban town whose grids go flat to the county centre; each grid with its
 * worker, the rural village with its leader, the rural grid with its mediator, the rural town with
 * its command centre's operator. Points inside each grid for reports with coordinates.
 */
final class JourneyTerritory {

    static final String COUNTY = "130527";
    static final String RURAL_TOWN = "130527103";
    static final String RURAL_VILLAGE = "130527103201";
    static final String RURAL_GRID = "130527103201001";
    static final String URBAN_TOWN = "130527100";
    static final String URBAN_COMMUNITY = "130527100001";
    static final String URBAN_GRID = "130527100001001";
    static final String RURAL_WORKER = "gw-e2e-rural";
    static final String URBAN_WORKER = "gw-e2e-urban";
    static final String LEADER = "gl-e2e-village";
    static final String GRID_MEDIATOR = "me-e2e-grid";
    /** The operator on duty at the rural town's command centre, staffed in the registry. */
    static final String TOWN_CENTRE = "cc-e2e-" + "130527103";
    static final String ADMIN = "e2e-admin";

    /**
     * Points well inside the rural grid, and one inside the urban grid. Reports of one category within
     * 50 m of each other on the same day are duplicates of the first: each journey reports at a point
     * of its own.
     */
    static final double[] IN_RURAL_GRID = {114.65, 37.00};
    static final double[] ELSEWHERE_IN_RURAL_GRID = {114.62, 36.94};
    static final double[] IN_URBAN_GRID = {114.75, 37.00};

    private JourneyTerritory() {
    }

    static void load(Api gateway) {
        String admin = JourneyStack.token(ADMIN, "ADMIN");
        JsonNode imported = gateway.post("/api/units/import", admin, featureCollection()).require("import");
        assertThat(imported.path("features").asInt()).isEqualTo(7);
        staff(gateway, admin, RURAL_GRID, "GRID_WORKER", RURAL_WORKER, "网格员 e2e", "0319-6000001");
        staff(gateway, admin, URBAN_GRID, "GRID_WORKER", URBAN_WORKER, "网格员 e2e 城区", "0319-6000002");
        staff(gateway, admin, RURAL_VILLAGE, "GRID_LEADER", LEADER, "网格长 e2e", "0319-6000003");
        staff(gateway, admin, RURAL_GRID, "MEDIATOR", GRID_MEDIATOR, "调解员 e2e", "0319-6000004");
        staff(gateway, admin, RURAL_TOWN, "COMMAND_CENTRE", TOWN_CENTRE, "贾宋镇指挥中心 e2e", "0319-6000005");
    }

    private static void staff(Api gateway, String admin, String unit, String role, String account, String name, String phone) {
        gateway.put("/api/units/" + unit + "/staff/" + role + "/" + account, admin,
                Map.of("displayName", name, "workPhone", phone)).require(role + " of " + unit);
    }

    private static Map<String, Object> featureCollection() {
        return Map.of("type", "FeatureCollection", "features", List.of(
                unit(COUNTY, "南和县", "COUNTY", "RURAL", "LEVEL_BY_LEVEL", 114.60, 36.90, 114.80, 37.10),
                unit(URBAN_TOWN, "和阳镇", "TOWN", "URBAN", "FLAT", 114.70, 36.90, 114.80, 37.10),
                unit(URBAN_COMMUNITY, "和阳镇第1社区", "VILLAGE", "URBAN", null, 114.70, 36.90, 114.80, 37.10),
                unit(URBAN_GRID, "和阳镇第1社区第1网格", "GRID", "URBAN", null, 114.70, 36.90, 114.80, 37.10),
                unit(RURAL_TOWN, "贾宋镇", "TOWN", "RURAL", null, 114.60, 36.90, 114.70, 37.10),
                unit(RURAL_VILLAGE, "贾宋第1村", "VILLAGE", "RURAL", null, 114.60, 36.90, 114.70, 37.10),
                unit(RURAL_GRID, "贾宋第1村第1网格", "GRID", "RURAL", null, 114.60, 36.90, 114.70, 37.10)));
    }

    private static Map<String, Object> unit(String code, String name, String level, String kind, String routingMode,
                                            double west, double south, double east, double north) {
        Map<String, Object> properties = new HashMap<>(Map.of("code", code, "name", name, "level", level,
                "kind", kind, "households", 100, "enterprises", 2));
        properties.put("routingMode", routingMode);
        return Map.of("type", "Feature", "properties", properties, "geometry", Map.of("type", "Polygon",
                "coordinates", List.of(List.of(List.of(west, south), List.of(east, south), List.of(east, north),
                        List.of(west, north), List.of(west, south)))));
    }
}
