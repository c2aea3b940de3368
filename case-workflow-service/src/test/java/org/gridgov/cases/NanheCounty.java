package org.gridgov.cases;

import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import org.gridgov.events.units.UnitState;
import org.gridgov.runtime.units.UnitReplica;
import org.gridgov.testing.EventStreams;

/**
 * The generated county of {@code src/test/resources/streams/nanhe-units.jsonl}, as recorded from
 * {@code grid.units}: its codes and staff, and the replay that gives the service its territory.
 */
public final class NanheCounty {

    public static final String COUNTY = "130527";

    /** The county seat's street: urban, FLAT. */
    public static final String HEYANG_STREET = "130527001";
    public static final String DONGGUAN = "130527001001";
    public static final String DONGGUAN_GRID_1 = "130527001001001";
    public static final String DONGGUAN_WORKER_1 = "w-dg-01";

    /** A rural town, LEVEL_BY_LEVEL. */
    public static final String JIASONG_TOWN = "130527100";
    public static final String BEIJIASONG = "130527100201";
    public static final String BEIJIASONG_GRID_1 = "130527100201001";
    public static final String BEIJIASONG_WORKER_1 = "w-bjs-01";
    public static final String BEIJIASONG_GRID_2 = "130527100201002";
    /** The second grid's worker since its version 2 (the stream holds an older worker before it). */
    public static final String BEIJIASONG_WORKER_2 = "w-bjs-02";
    public static final String NANJIASONG = "130527100202";
    /** A grid whose worker left. */
    public static final String NANJIASONG_GRID_WITHOUT_WORKER = "130527100202001";
    public static final String NANJIASONG_RETIRED_GRID = "130527100202002";

    /** A second rural town. */
    public static final String HAOQIAO_TOWN = "130527101";
    public static final String DONGHAOQIAO_GRID_1 = "130527101201001";
    public static final String DONGHAOQIAO_MICRO_GRID = "130527101201001001";
    public static final String DONGHAOQIAO_WORKER_1 = "w-dhq-01";

    private static final Path STREAM = Path.of("src/test/resources/streams/nanhe-units.jsonl");
    private static final AtomicBoolean REPLAYED = new AtomicBoolean();

    private NanheCounty() {
    }

    /**
     * Replays the recorded stream into the shared broker's compacted {@code grid.units} (once per
     * test JVM: the topic keeps it) and waits until the service's replica holds all of it.
     */
    public static void loadInto(UnitReplica replica) {
        if (REPLAYED.compareAndSet(false, true)) {
            EventStreams.replay(STREAM);
        }
        await("the unit replica to hold the county").atMost(Duration.ofSeconds(60)).until(() -> replica.isCaughtUp()
                && replica.find(BEIJIASONG_GRID_2).map(UnitState::version).orElse(0L) == 2
                && replica.find(DONGHAOQIAO_MICRO_GRID).isPresent());
    }
}
