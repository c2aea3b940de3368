package org.gridgov.gateway;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

import org.HdrHistogram.Recorder;
import org.HdrHistogram.Histogram;
import org.gridgov.testing.DevTokens;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code ./gridgov bench gateway}: the gateway's own overhead. One stub service on a local port is
 * called straight and through the gateway (token validation, rate limit, circuit breaker, bulkhead,
 * access log, tracing all on), by the same closed-loop load generator, one after the other, in one
 * run on this machine. Prints requests per second and p50/p99 for both; the last line is the share
 * of the direct throughput the gateway keeps.
 * <p>
 * Arguments: {@code [seconds per phase, default 10] [concurrent callers, default 16]}.
 */
public final class GatewayBenchmark {

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int callers = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        try (StubBackend backend = StubBackend.start("grid-registry")) {
            ConfigurableApplicationContext gateway = SpringApplication.run(GatewayApplication.class,
                    "--server.port=0",
                    "--gridgov.gateway.backends.registry=" + backend.uri(),
                    "--gridgov.gateway.limits.per-user.capacity=100000000",
                    "--gridgov.gateway.limits.per-user.period=1s",
                    "--gridgov.gateway.resilience.max-concurrent-calls=1000",
                    "--logging.threshold.console=WARN",
                    "--logging.file.name=target/bench-gateway.log");
            try {
                int port = Integer.parseInt(gateway.getEnvironment().getProperty("local.server.port"));
                String token = DevTokens.forAccount("bench").roles("ADMIN").sign();
                URI direct = URI.create(backend.uri() + "/api/units/130527100201");
                URI through = URI.create("http://127.0.0.1:" + port + "/api/units/130527100201");

                run(direct, token, callers, Math.max(2, seconds / 2));       // warm-up
                run(through, token, callers, Math.max(2, seconds / 2));
                Result straight = run(direct, token, callers, seconds);
                Result gatewayed = run(through, token, callers, seconds);

                System.out.printf("direct : %8.0f req/s  p50 %6.2f ms  p99 %6.2f ms  (%d errors)%n",
                        straight.rps(), straight.p50(), straight.p99(), straight.errors());
                System.out.printf("gateway: %8.0f req/s  p50 %6.2f ms  p99 %6.2f ms  (%d errors)%n",
                        gatewayed.rps(), gatewayed.p50(), gatewayed.p99(), gatewayed.errors());
                System.out.printf("added p50 %.2f ms, added p99 %.2f ms, %d callers, %d s per phase%n",
                        gatewayed.p50() - straight.p50(), gatewayed.p99() - straight.p99(), callers, seconds);
                System.out.printf("gateway: %.1f percent-of-direct-throughput%n", 100 * gatewayed.rps() / straight.rps());
            } finally {
                gateway.close();
            }
        }
    }

    private record Result(double rps, double p50, double p99, long errors) {
    }

    private static Result run(URI uri, String token, int callers, int seconds) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(10)).GET().build();
        Recorder latencies = new Recorder(3);
        LongAdder errors = new LongAdder();
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
            threads.add(Thread.ofVirtual().start(() -> {
                while (running.get()) {
                    long started = System.nanoTime();
                    try {
                        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        if (response.statusCode() != 200) {
                            errors.increment();
                        }
                    } catch (Exception e) {
                        errors.increment();
                    }
                    latencies.recordValue((System.nanoTime() - started) / 1_000);
                }
            }));
        }
        long started = System.nanoTime();
        Thread.sleep(Duration.ofSeconds(seconds)); // the length of the measured phase
        running.set(false);
        for (Thread thread : threads) {
            thread.join();
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        Histogram histogram = latencies.getIntervalHistogram();
        return new Result(histogram.getTotalCount() / elapsed, histogram.getValueAtPercentile(50) / 1000.0,
                histogram.getValueAtPercentile(99) / 1000.0, errors.sum());
    }
}
