package org.gridgov.population.census;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

import org.HdrHistogram.Histogram;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Lookups by ID number for the benchmark: the service's own search endpoint over HTTP, and the
 * latency of any lookup measured at a fixed, moderate rate from one client, after a warm-up counted in
 * requests (the JIT compiles the request path only after some thousands of calls; a warm-up by time
 * on a busy machine may end before that).
 */
final class Lookups {

    static final int WARM_UP = 20_000;
    static final int MEASURED = 10_000;
    static final int PER_SECOND = 200;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final URL search;
    private final String authorization;

    Lookups(int port, String token) {
        try {
            this.search = URI.create("http://localhost:" + port + "/api/residents/search").toURL();
        } catch (IOException e) {
            throw new IllegalArgumentException("no URL for port " + port, e);
        }
        this.authorization = "Bearer " + token;
    }

    /**
     * {@code POST /api/residents/search} by ID number; exactly one person must come back. A blocking
     * client on the calling thread, its connection kept alive between lookups: the figure is the
     * service's, not the hand-offs between an asynchronous client's threads.
     */
    void find(String idNumber) {
        try {
            HttpURLConnection connection = (HttpURLConnection) search.openConnection();
            connection.setRequestMethod("POST");
            connection.setDoOutput(true);
            connection.setRequestProperty("Content-Type", "application/json");
            connection.setRequestProperty("Authorization", authorization);
            try (OutputStream body = connection.getOutputStream()) {
                body.write(("{\"idNumber\":\"" + idNumber + "\"}").getBytes(StandardCharsets.UTF_8));
            }
            int status = connection.getResponseCode();
            // Read to the end, so the connection goes back to the keep-alive cache.
            byte[] answer;
            try (InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
                answer = in == null ? new byte[0] : in.readAllBytes();
            }
            JsonNode found = status == 200 ? JSON.readTree(answer) : null;
            if (found == null || found.size() != 1) {
                throw new IllegalStateException("a lookup answered " + status + " with "
                        + (found == null ? "no list" : found.size() + " people"));
            }
        } catch (IOException e) {
            throw new IllegalStateException("a lookup failed", e);
        }
    }

    /**
     * Warms up, then runs {@link #MEASURED} lookups at {@link #PER_SECOND} per second, one at a time,
     * each sent at its scheduled time (or at once when the previous one ran late). Lookups walk the
     * sample with {@code stride}, so warm-up and measurement ask for different people.
     */
    static Measured atFixedRate(List<String> sample, int stride, Lookup lookup) {
        for (int i = 0; i < WARM_UP; i++) {
            lookup.find(sample.get(Math.floorMod((long) i * stride, sample.size())));
        }
        Histogram service = new Histogram(60_000_000L, 3);
        Histogram fromSchedule = new Histogram(60_000_000L, 3);
        long interval = 1_000_000_000L / PER_SECOND;
        long start = System.nanoTime();
        for (int i = 0; i < MEASURED; i++) {
            long scheduled = start + i * interval;
            for (long now = System.nanoTime(); now < scheduled; now = System.nanoTime()) {
                LockSupport.parkNanos(scheduled - now);
            }
            String id = sample.get(Math.floorMod((long) (WARM_UP + i) * stride, sample.size()));
            long sent = System.nanoTime();
            lookup.find(id);
            long done = System.nanoTime();
            service.recordValue((done - sent) / 1_000);
            fromSchedule.recordValue((done - scheduled) / 1_000);
        }
        return new Measured(service, fromSchedule);
    }

    @FunctionalInterface
    interface Lookup {
        void find(String idNumber);
    }

    /** Service time (sent to answered) and, stricter, time from the scheduled send (a late lookup delays the next). */
    record Measured(Histogram service, Histogram fromSchedule) {

        double p50() {
            return service.getValueAtPercentile(50) / 1e3;
        }

        double p99() {
            return service.getValueAtPercentile(99) / 1e3;
        }

        @Override
        public String toString() {
            return String.format("p50 %.2f ms, p99 %.2f ms, max %.2f ms (%d lookups at %d/s from one client after %d"
                            + " warm-up lookups; from the schedule: p99 %.2f ms)", p50(), p99(), service.getMaxValue() / 1e3,
                    MEASURED, PER_SECOND, WARM_UP, fromSchedule.getValueAtPercentile(99) / 1e3);
        }
    }
}
