package org.gridgov.population;

import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;

import org.gridgov.runtime.units.UnitReplica;
import org.gridgov.testing.DevTokens;
import org.gridgov.testing.EventStreams;

/**
 * The territory of the tests (streams/nanhe-units.jsonl): town 130527100 with village 东街村
 * (grids 001 and 002, and a retired 009) and village 西街村 (grid 001), and tokens for its staff.
 */
public final class Nanhe {

    public static final String TOWN = "130527100";
    public static final String EAST_1 = "130527100201001";
    public static final String EAST_2 = "130527100201002";
    public static final String WEST_1 = "130527100202001";
    public static final String RETIRED = "130527100201009";

    private Nanhe() {
    }

    /** Replays the units into {@code grid.units} and waits until the service's replica holds them. */
    public static void load(UnitReplica units) {
        EventStreams.replay(Path.of("src/test/resources/streams/nanhe-units.jsonl"));
        await().atMost(Duration.ofSeconds(30)).until(() -> units.find(WEST_1).isPresent() && units.find(RETIRED).isPresent());
    }

    public static String gridWorker(String account, String grid) {
        return DevTokens.forAccount(account).roles("GRID_WORKER").scope(grid).sign();
    }

    public static String townLeader() {
        return DevTokens.forAccount("leader-heyang").roles("GRID_LEADER").scope(TOWN).sign();
    }

    public static String commandCentre() {
        return DevTokens.forAccount("centre-heyang").roles("COMMAND_CENTRE").scope(TOWN).sign();
    }

    public static String inspector() {
        return DevTokens.forAccount("inspector-1").roles("INSPECTOR").scope(TOWN).sign();
    }
}
