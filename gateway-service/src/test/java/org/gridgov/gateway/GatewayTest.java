package org.gridgov.gateway;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.gridgov.testing.DevTokens;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway on a random port in front of real HTTP services on local ports: grid-registry,
 * case-workflow and notification answer at once, dispute-mediation answers too late, population is
 * absent. Every test class extends this one, so they share one Spring context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "gridgov.gateway.response-timeouts.disputes=300ms",
        "gridgov.gateway.limits.max-body-size=1KB",
        "gridgov.gateway.limits.body-sizes.units.max=4KB",
        "gridgov.gateway.limits.body-sizes.census.max=8KB",
        "gridgov.gateway.limits.per-user.capacity=5",
        "gridgov.gateway.limits.per-address.capacity=5",
        "gridgov.gateway.limits.public-paths.capacity=3",
        "gridgov.gateway.trusted-proxies=127.0.0.1/32,::1/128",
        "gridgov.gateway.resilience.minimum-number-of-calls=4",
        "gridgov.gateway.resilience.sliding-window-size=4",
        "gridgov.gateway.resilience.open-duration=1m",
        "gridgov.gateway.resilience.max-concurrent-calls=3",
        "gridgov.gateway.cors.allowed-origins=https://forms.gridgov.example",
        "logging.structured.format.console=",
        // No issuer here: the development key of DevTokens, trusted only when development mode says so.
        "gridgov.security.development=true",
        "gridgov.security.audience=" + DevTokens.AUDIENCE,
})
abstract class GatewayTest {

    static final StubBackend REGISTRY = StubBackend.start("grid-registry");
    static final StubBackend CASES = StubBackend.start("case-workflow");
    static final StubBackend DISPUTES = StubBackend.start("dispute-mediation", Duration.ofSeconds(2));
    static final StubBackend NOTIFICATIONS = StubBackend.start("notification");
    static final URI POPULATION = StubBackend.absent();

    private static final AtomicInteger ADDRESSES = new AtomicInteger();
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @DynamicPropertySource
    static void backends(DynamicPropertyRegistry registry) {
        registry.add("gridgov.gateway.backends.registry", REGISTRY::uri);
        registry.add("gridgov.gateway.backends.cases", CASES::uri);
        registry.add("gridgov.gateway.backends.population", () -> POPULATION);
        registry.add("gridgov.gateway.backends.disputes", DISPUTES::uri);
        registry.add("gridgov.gateway.backends.notifications", NOTIFICATIONS::uri);
    }

    @LocalServerPort
    int port;

    @Autowired
    CircuitBreakerRegistry circuitBreakers;

    @BeforeEach
    void closeCircuits() {
        // Each test starts with every service trusted again, whatever the test before did to it.
        circuitBreakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
    }

    /**
     * A client address of its own (sent as X-Forwarded-For through the trusted local proxy), so
     * no test spends another's rate-limit tokens.
     */
    static String freshAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "203.0." + (n / 250) + "." + (n % 250 + 1);
    }

    /** A token of an account of its own: tests that send many requests never meet the per-account limit. */
    static String anyone() {
        return DevTokens.forAccount("account-" + ADDRESSES.incrementAndGet()).roles("ADMIN").sign();
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(10))
                .header("X-Forwarded-For", freshAddress());
    }

    HttpRequest.Builder request(String path, String token) {
        return request(path).header("Authorization", "Bearer " + token);
    }

    static HttpResponse<String> send(HttpRequest.Builder request) {
        return send(CLIENT, request);
    }

    static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }
}
