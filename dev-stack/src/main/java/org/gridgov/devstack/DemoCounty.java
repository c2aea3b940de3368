package org.gridgov.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * The demo county as grid-registry's generator wrote it ({@code units.geojson}, {@code staff.json}):
 * what the case loader needs to know of it, its grids and who works them.
 */
record DemoCounty(List<Grid> grids, Map<String, String> leaders) {

    static final String UNITS = "units.geojson";
    static final String STAFF = "staff.json";

    /** A grid, its kind ({@code URBAN}, {@code RURAL}, ...) and its grid worker's account. */
    record Grid(String code, String kind, String worker) {

        String village() {
            return code.substring(0, 12);
        }

        String town() {
            return code.substring(0, 9);
        }

        boolean urban() {
            return "URBAN".equals(kind);
        }
    }

    static DemoCounty read(Path folder) throws IOException {
        JsonNode units = Api.JSON.readTree(Files.readString(folder.resolve(UNITS)));
        JsonNode staff = Api.JSON.readTree(Files.readString(folder.resolve(STAFF)));
        Map<String, String> workers = new HashMap<>();
        Map<String, String> leaders = new HashMap<>();
        for (JsonNode assignment : staff) {
            String role = assignment.path("role").asString();
            if (role.equals("GRID_WORKER")) {
                workers.put(assignment.path("unitCode").asString(), assignment.path("accountId").asString());
            } else if (role.equals("GRID_LEADER")) {
                leaders.put(assignment.path("unitCode").asString(), assignment.path("accountId").asString());
            }
        }
        List<Grid> grids = new ArrayList<>();
        for (JsonNode feature : units.path("features")) {
            JsonNode properties = feature.path("properties");
            String code = properties.path("code").asString();
            if (properties.path("level").asString().equals("GRID") && workers.containsKey(code)) {
                grids.add(new Grid(code, properties.path("kind").asString(), workers.get(code)));
            }
        }
        return new DemoCounty(List.copyOf(grids), Map.copyOf(leaders));
    }

    List<Grid> rural() {
        return grids.stream().filter(grid -> grid.kind().equals("RURAL")).toList();
    }

    List<Grid> urban() {
        return grids.stream().filter(Grid::urban).toList();
    }

    /** {@code count} grids of {@code from}, spread evenly over it so the demo touches every town. */
    static List<Grid> spread(List<Grid> from, int count) {
        List<Grid> picked = new ArrayList<>();
        for (int i = 0; i < count && !from.isEmpty(); i++) {
            picked.add(from.get((int) ((long) i * from.size() / count) % from.size()));
        }
        return picked;
    }
}
