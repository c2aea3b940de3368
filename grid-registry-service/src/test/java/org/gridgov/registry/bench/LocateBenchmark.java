package org.gridgov.registry.bench;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.gridgov.registry.generator.CountyGenerator;
import org.gridgov.registry.generator.GeneratedCounty;
import org.gridgov.registry.locate.LocateIndex;
import org.gridgov.registry.unit.UnitDraft;
import org.gridgov.registry.unit.UnitLevel;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Locates on one thread in a county of 12,000 grids (Jiashan's count of micro-grids, seed 003),
 * with every unit from county to grid in the index as the service holds it: random points over the
 * county's bounding box, so some fall outside every unit.
 * {@code ./gridgov bench locate}; the last line reads {@code locate: <ops/s> ops/s}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
@Threads(1)
public class LocateBenchmark {

    static final int GRIDS = 12_000;
    private static final int POINTS = 1 << 14;

    private LocateIndex index;
    private final double[] lons = new double[POINTS];
    private final double[] lats = new double[POINTS];
    private int next;

    @Setup(Level.Trial)
    public void load() {
        GeneratedCounty county = new CountyGenerator(CountyGenerator.NANHE_SEED).generate(CountyGenerator.Shape.withGrids(GRIDS));
        Map<String, Geometry> boundaries = new HashMap<>();
        for (UnitDraft unit : county.units()) {
            boundaries.put(unit.code(), unit.boundary());
        }
        index = LocateIndex.of(boundaries);
        if (county.unitsAt(UnitLevel.GRID).size() != GRIDS) {
            throw new IllegalStateException("expected " + GRIDS + " grids");
        }
        Envelope envelope = county.county().boundary().getEnvelopeInternal();
        Random random = new Random(42);
        for (int i = 0; i < POINTS; i++) {
            lons[i] = envelope.getMinX() + random.nextDouble() * envelope.getWidth();
            lats[i] = envelope.getMinY() + random.nextDouble() * envelope.getHeight();
        }
    }

    @Benchmark
    public Optional<String> locate() {
        int i = next++ & (POINTS - 1);
        return index.locate(lons[i], lats[i]);
    }

    public static void main(String[] args) throws Exception {
        ForkedClasspath.adopt();
        RunResult result = new Runner(new OptionsBuilder().include(LocateBenchmark.class.getName() + ".locate").build())
                .runSingle();
        System.out.printf("locate: %.0f ops/s%n", result.getPrimaryResult().getScore());
    }
}
