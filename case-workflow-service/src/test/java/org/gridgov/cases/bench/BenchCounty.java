package org.gridgov.cases.bench;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.gridgov.events.CloudEventCodec;
import org.gridgov.events.Topics;
import org.gridgov.events.units.UnitState;
import org.gridgov.testing.DevTokens;
import org.gridgov.testing.EventStreams;
import org.gridgov.testing.StreamedEvent;

/**
 * A generated county shaped like Nanhe (seed 002): an urban street of 4 communities with 15 flat
 * grids each, and 8 rural towns of 26 villages with 5 grids each (1,100 grids), every grid with its
 * worker and leader; published on {@code grid.units} as grid-registry would.
 */
final class BenchCounty {

    static final String COUNTY = "130527";
    private static final URI REGISTRY = URI.create("/grid-registry");
    private static final double METRES_PER_DEGREE = 111_195;

    private final List<String> grids = new ArrayList<>();
    private final List<UnitState> units = new ArrayList<>();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    BenchCounty() {
        Instant now = Instant.now();
        units.add(unit(COUNTY, null, "COUNTY", "LEVEL_BY_LEVEL", List.of(), now));
        String street = COUNTY + "001";
        units.add(unit(street, COUNTY, "TOWN", "FLAT", List.of(), now));
        for (int community = 1; community <= 4; community++) {
            String village = street + three(community);
            units.add(unit(village, street, "VILLAGE", "FLAT", List.of(), now));
            addGrids(village, 15, "FLAT", now);
        }
        for (int town = 0; town < 8; town++) {
            String townCode = COUNTY + three(100 + town);
            units.add(unit(townCode, COUNTY, "TOWN", "LEVEL_BY_LEVEL", List.of(), now));
            for (int village = 0; village < 26; village++) {
                String villageCode = townCode + three(201 + village);
                units.add(unit(villageCode, townCode, "VILLAGE", "LEVEL_BY_LEVEL", List.of(), now));
                addGrids(villageCode, 5, "LEVEL_BY_LEVEL", now);
            }
        }
    }

    /** Publishes the county on {@code grid.units}. */
    void publish(String bootstrapServers) {
        EventStreams.replay(bootstrapServers, units.stream()
                .map(unit -> new StreamedEvent(Topics.GRID_UNITS, unit.code(), CloudEventCodec.toCloudEvent(
                        UUID.randomUUID().toString(), REGISTRY, unit.code(), unit.updatedAt(), unit)))
                .toList());
    }

    int size() {
        return units.size();
    }

    List<String> grids() {
        return grids;
    }

    /** The {@code i}-th grid, round the county. */
    String grid(long i) {
        return grids.get((int) (i % grids.size()));
    }

    static String worker(String grid) {
        return "w-" + grid;
    }

    /** Signs every grid's tokens now, so the load generator does not sign while it measures. */
    void signTokens() {
        grids.forEach(grid -> {
            workerToken(grid);
            leaderToken(grid);
        });
    }

    /** The grid worker's token, signed once per grid. */
    String workerToken(String grid) {
        return tokens.computeIfAbsent("w" + grid, key -> DevTokens.forAccount(worker(grid)).roles("GRID_WORKER")
                .scope(grid).sign());
    }

    String leaderToken(String grid) {
        return tokens.computeIfAbsent("l" + grid, key -> DevTokens.forAccount("l-" + grid).roles("GRID_LEADER")
                .scope(grid).sign());
    }

    /**
     * A point of a lattice 70 m apart (1,000 by 250), in a band of the county chosen by {@code band}:
     * reports at different points are never duplicates of each other (50 m). Consecutive reports land
     * far apart, as reports from a whole county do.
     */
    static double[] latticePoint(long i, int band) {
        double step = 70 / METRES_PER_DEGREE;
        long scattered = (i * 7_919) % 250_000;
        long row = scattered / 1_000;
        long column = scattered % 1_000;
        double latitude = 36.80 + band * 0.25 + row * step;
        double longitude = 114.40 + column * step / Math.cos(Math.toRadians(37));
        return new double[] {latitude, longitude};
    }

    private void addGrids(String parent, int count, String mode, Instant now) {
        for (int g = 1; g <= count; g++) {
            String code = parent + three(g);
            grids.add(code);
            units.add(unit(code, parent, "GRID", mode, List.of(new UnitState.StaffMember(worker(code), "GRID_WORKER"),
                    new UnitState.StaffMember("l-" + code, "GRID_LEADER")), now));
        }
    }

    private static UnitState unit(String code, String parent, String level, String mode,
                                  List<UnitState.StaffMember> staff, Instant now) {
        return new UnitState(code, parent, "unit " + code, level, "FLAT".equals(mode) ? "URBAN" : "RURAL", mode,
                "GRID".equals(level) ? 150 : 0, 0, null, staff, false, 1, now);
    }

    private static String three(int number) {
        return String.format(Locale.ROOT, "%03d", number);
    }
}
