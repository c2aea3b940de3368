package org.gridgov.gateway;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import org.gridgov.gatewaybench.ByteRelay;
import org.gridgov.gatewaybench.ServiceStandIn;
import org.gridgov.testing.DevTokens;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code ./gridgov bench gateway}: the gateway's own overhead, in one run on this machine. A service
 * is called straight and through the gateway (token validation, rate limit, circuit breaker, bulkhead,
 * access log, tracing all on) by the same load generator:
 * <ol>
 * <li>warm-up: a number of requests each way, so that the JIT has compiled both paths (a few seconds
 * leave most of them interpreted and measure the compiler, not the gateway);</li>
 * <li>throughput: closed loop, {@code callers} at once, direct then through the gateway, twice: the
 * share of the direct throughput the gateway keeps;</li>
 * <li>added latency: open loop at a fixed rate below saturation, direct then through the gateway:
 * p50 and p99 from the moment each request was due. At saturation a closed loop's latency is only
 * its queue (callers / throughput) and says nothing the throughput does not.</li>
 * </ol>
 * The service is {@link ServiceStandIn}: the platform's web stack answering a unit read from memory,
 * so the comparison is with what a GridGov service costs, not with an empty socket. For reference the
 * same is done once against a bare JDK echo server ({@link StubBackend}).
 * <p>
 * Arguments: {@code [seconds per phase, default 10] [callers, default 16] [fixed rate, default 500/s]
 * [warm-up requests each way, default 40000]}.
 */
public final class GatewayBenchmark {

    private static final String TOKEN = DevTokens.forAccount("bench").roles("ADMIN").sign();

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int callers = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        int rate = args.length > 2 ? Integer.parseInt(args[2]) : 500;
        int warmUp = args.length > 3 ? Integer.parseInt(args[3]) : 40_000;
        ConfigurableApplicationContext service = ServiceStandIn.start();
        try (StubBackend echo = StubBackend.start("echo")) {
            String serviceUri = "http://127.0.0.1:" + ServiceStandIn.port(service);
            ConfigurableApplicationContext gateway = SpringApplication.run(GatewayApplication.class,
                    "--server.port=0",
                    "--gridgov.security.development=true",
                    "--gridgov.security.audience=" + DevTokens.AUDIENCE,
                    "--gridgov.gateway.backends.registry=" + serviceUri,
                    "--gridgov.gateway.backends.cases=" + echo.uri(),
                    "--gridgov.gateway.limits.per-user.capacity=100000000",
                    "--gridgov.gateway.limits.per-user.period=1s",
                    "--gridgov.gateway.resilience.max-concurrent-calls=1000",
                    "--logging.threshold.console=WARN",
                    "--logging.file.name=target/bench-gateway.log");
            try {
                String gatewayUri = "http://127.0.0.1:" + gateway.getEnvironment().getProperty("local.server.port");
                URI direct = URI.create(serviceUri + "/api/units/130527100201");
                URI through = URI.create(gatewayUri + "/api/units/130527100201");

                System.out.printf("warm-up: %,d requests each way, %d callers%n", warmUp, callers);
                count(direct, callers, warmUp);
                count(through, callers, warmUp);

                System.out.printf("throughput, closed loop, %d callers, %d s per phase (a service on the platform's stack):%n",
                        callers, seconds);
                List<Double> kept = new ArrayList<>();
                for (int pair = 1; pair <= 2; pair++) {
                    Result straight = closedLoop(direct, callers, seconds);
                    Result gatewayed = closedLoop(through, callers, seconds);
                    kept.add(100 * gatewayed.rps() / straight.rps());
                    System.out.printf("  pair %d: direct %7.0f req/s (p50 %5.2f ms, p99 %6.2f ms)  gateway %7.0f req/s "
                                    + "(p50 %5.2f ms, p99 %6.2f ms)  kept %5.1f %%  errors %d/%d%n", pair,
                            straight.rps(), straight.p50(), straight.p99(), gatewayed.rps(), gatewayed.p50(),
                            gatewayed.p99(), kept.getLast(), straight.errors(), gatewayed.errors());
                }

                // The floor of any proxy on these cores: bytes copied both ways, no HTTP read at all.
                try (ByteRelay relay = ByteRelay.start(URI.create(serviceUri))) {
                    URI relayed = URI.create(relay.uri() + "/api/units/130527100201");
                    count(relayed, callers, warmUp / 4);
                    Result straight = closedLoop(direct, callers, seconds);
                    Result copied = closedLoop(relayed, callers, seconds);
                    System.out.printf("floor of any proxy, a byte relay (no HTTP parsing) in front of the same service: "
                                    + "direct %7.0f req/s  relay %7.0f req/s  kept %5.1f %%%n",
                            straight.rps(), copied.rps(), 100 * copied.rps() / straight.rps());
                }

                System.out.printf("latency, open loop at %d req/s, %d s per phase:%n", rate, seconds);
                Result straight = fixedRate(direct, rate, seconds);
                Result gatewayed = fixedRate(through, rate, seconds);
                System.out.printf("  direct  p50 %5.2f ms  p99 %6.2f ms  (%.0f req/s, %d errors)%n",
                        straight.p50(), straight.p99(), straight.rps(), straight.errors());
                System.out.printf("  gateway p50 %5.2f ms  p99 %6.2f ms  (%.0f req/s, %d errors)%n",
                        gatewayed.p50(), gatewayed.p99(), gatewayed.rps(), gatewayed.errors());
                System.out.printf("  added   p50 %5.2f ms  p99 %6.2f ms%n",
                        gatewayed.p50() - straight.p50(), gatewayed.p99() - straight.p99());

                URI echoDirect = URI.create(echo.uri() + "/api/cases/C-1");
                URI echoThrough = URI.create(gatewayUri + "/api/cases/C-1");
                count(echoDirect, callers, warmUp / 4);
                count(echoThrough, callers, warmUp / 4);
                Result bare = closedLoop(echoDirect, callers, seconds);
                Result bareThrough = closedLoop(echoThrough, callers, seconds);
                System.out.printf("for reference, a bare JDK echo server: direct %7.0f req/s  gateway %7.0f req/s  kept %5.1f %%%n",
                        bare.rps(), bareThrough.rps(), 100 * bareThrough.rps() / bare.rps());

                System.out.printf("gateway: %.1f percent-of-direct-throughput (pairs: %s), added p50 %.2f ms at %d req/s%n",
                        kept.stream().mapToDouble(Double::doubleValue).average().orElse(0),
                        kept.stream().map(k -> String.format("%.1f", k)).toList(),
                        gatewayed.p50() - straight.p50(), rate);
            } finally {
                gateway.close();
            }
        } finally {
            service.close();
        }
    }

    private record Result(double rps, double p50, double p99, long errors) {

        static Result of(Histogram histogram, double seconds, long errors) {
            return new Result(histogram.getTotalCount() / seconds, histogram.getValueAtPercentile(50) / 1000.0,
                    histogram.getValueAtPercentile(99) / 1000.0, errors);
        }
    }

    private static HttpRequest request(URI uri) {
        return HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + TOKEN)
                .timeout(Duration.ofSeconds(10)).GET().build();
    }

    /** {@code total} requests by {@code callers} at once, as fast as they are answered. */
    private static void count(URI uri, int callers, int total) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = request(uri);
        AtomicLong left = new AtomicLong(total);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
            threads.add(Thread.ofVirtual().start(() -> {
                while (left.decrementAndGet() >= 0) {
                    try {
                        client.send(request, HttpResponse.BodyHandlers.discarding());
                    } catch (Exception e) {
                        // a warm-up: errors show in the measured phases
                    }
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
    }

    /** {@code callers} each sending the next request when the last is answered, for {@code seconds}. */
    private static Result closedLoop(URI uri, int callers, int seconds) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = request(uri);
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
        return Result.of(latencies.getIntervalHistogram(), (System.nanoTime() - started) / 1e9, errors.sum());
    }

    /**
     * Requests started at {@code perSecond} whether earlier ones were answered or not; each latency
     * counts from the moment the request was due, so a stall shows as latency rather than as fewer requests.
     */
    private static Result fixedRate(URI uri, int perSecond, int seconds) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newVirtualThreadPerTaskExecutor()).build();
        HttpRequest request = request(uri);
        Recorder latencies = new Recorder(3);
        LongAdder errors = new LongAdder();
        int total = perSecond * seconds;
        CountDownLatch answered = new CountDownLatch(total);
        long period = 1_000_000_000L / perSecond;
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long due = start + i * period;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).whenComplete((response, error) -> {
                if (error != null || response.statusCode() != 200) {
                    errors.increment();
                }
                latencies.recordValue((System.nanoTime() - due) / 1_000);
                answered.countDown();
            });
        }
        answered.await();
        return Result.of(latencies.getIntervalHistogram(), (System.nanoTime() - start) / 1e9, errors.sum());
    }
}
