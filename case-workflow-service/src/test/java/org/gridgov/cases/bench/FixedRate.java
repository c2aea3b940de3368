package org.gridgov.cases.bench;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongConsumer;

import org.HdrHistogram.Histogram;

/**
 * An open-loop load: starts the {@code i}-th piece of work at {@code start + i / rate}, whether the
 * earlier ones have finished or not, so a slow service shows as latency, not as a lower offered
 * rate. Latencies are taken from the intended start, which keeps the queueing a slow service causes.
 */
final class FixedRate {

    private FixedRate() {
    }

    /**
     * Runs {@code work} (given the intended start in {@link System#nanoTime()} terms) at {@code perSecond}
     * for {@code duration}.
     *
     * @return how many were started
     */
    static int run(double perSecond, Duration duration, LongConsumer work) {
        long period = (long) (1e9 / perSecond);
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        int started = 0;
        for (long intended = start; intended < end; intended = start + (long) started * period) {
            long wait = intended - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            work.accept(intended);
            started++;
        }
        return started;
    }

    /** One line of a step's results. */
    static String summary(double offered, double achieved, Histogram latencies, int failed) {
        return String.format("offered %6.0f/s  achieved %6.1f/s  p50 %5d ms  p99 %5d ms  max %6d ms  failed %d",
                offered, achieved, latencies.getValueAtPercentile(50), latencies.getValueAtPercentile(99),
                latencies.getMaxValue(), failed);
    }
}
