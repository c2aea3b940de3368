package org.gridgov.gateway;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.gridgov.testing.DevTokens;
import org.gridgov.testing.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Buckets in PostgreSQL (test-support's real server), as the manifests run the gateway: two gateway
 * instances against one database share each bucket; a bucket the database cannot hand over in time,
 * and a database that is not there at all, leave the gateway answering, with this replica's own
 * bucket for readers and callers with a token, and a 503 for anonymous writes. The public API allows
 * 4 requests per client here.
 */
class SharedBucketsTest {

    private static final StubBackend CASES = StubBackend.start("case-workflow");
    private static final List<ConfigurableApplicationContext> GATEWAYS = new ArrayList<>();

    private static TestInfrastructure.PostgresServer postgres;
    private static String database;
    private static Gateway first;
    private static Gateway second;
    private static Gateway withoutItsDatabase;

    @BeforeAll
    static void startGateways() {
        postgres = TestInfrastructure.get().postgres();
        database = TestInfrastructure.get().newDatabase("gateway_buckets");
        first = Gateway.start(database);
        second = Gateway.start(database);
        // The bucket table is created in the background: the first requests would otherwise meet no table.
        await().until(SharedBucketsTest::bucketTableExists);
        withoutItsDatabase = Gateway.start(StubBackend.absent().toString().replace("http:", "jdbc:postgresql:") + "/gridgov_gateway");
    }

    @AfterAll
    static void stopGateways() {
        GATEWAYS.forEach(ConfigurableApplicationContext::close);
        CASES.close();
    }

    @Test
    void aSecondGatewayGoesOnFromWhereTheFirstLeftTheBucket() {
        String resident = GatewayTest.freshAddress();
        assertThat(first.publicRead(resident).headers().firstValue("X-RateLimit-Remaining")).hasValue("3");
        assertThat(first.publicRead(resident).headers().firstValue("X-RateLimit-Remaining")).hasValue("2");

        HttpResponse<String> third = second.publicRead(resident);
        HttpResponse<String> fourth = second.publicRead(resident);
        HttpResponse<String> fifth = second.publicRead(resident);

        assertThat(third.headers().firstValue("X-RateLimit-Remaining")).hasValue("1");
        assertThat(fourth.statusCode()).isEqualTo(200);
        assertThat(fifth.statusCode()).isEqualTo(429);
        assertThat(first.publicRead(resident).statusCode()).isEqualTo(429);
    }

    @Test
    void aBucketTheDatabaseDoesNotHandOverInTimeIsStoodInForByThisReplicasForReadsOnly() throws SQLException {
        String resident = GatewayTest.freshAddress();
        first.publicRead(resident);
        first.publicRead(resident);

        try (Connection lock = DriverManager.getConnection(database, postgres.username(), postgres.password())) {
            // Another transaction holds the bucket's row, as a stuck replica or a slow server would.
            lock.setAutoCommit(false);
            try (PreparedStatement holdRow = lock.prepareStatement("select state from rate_limit_bucket where id = ? for update")) {
                holdRow.setString(1, "public:" + resident);
                assertThat(holdRow.executeQuery().next()).isTrue();
            }

            long started = System.nanoTime();
            HttpResponse<String> read = first.publicRead(resident);
            HttpResponse<String> write = first.send(first.request("/api/public/cases", resident)
                    .POST(HttpRequest.BodyPublishers.ofString("{}")));
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(read.statusCode()).isEqualTo(200);
            // This replica's own bucket, full: the shared one has 2 left.
            assertThat(read.headers().firstValue("X-RateLimit-Remaining")).hasValue("3");
            assertThat(write.statusCode()).isEqualTo(503);
            assertThat(GatewayTest.json(write).get("type").asString()).isEqualTo("urn:gridgov:problem:rate-limits-unavailable");
            assertThat(write.headers().firstValue("Retry-After")).isPresent();
            assertThat(took).isLessThan(Duration.ofSeconds(5));
            lock.rollback();
        }
        assertThat(first.publicRead(resident).headers().firstValue("X-RateLimit-Remaining")).hasValue("1");
    }

    @Test
    void withoutItsDatabaseTheGatewayStartsStaysReadyAndStillLimitsEachClient() {
        String resident = GatewayTest.freshAddress();
        String worker = DevTokens.forAccount("gw-away-" + System.nanoTime()).roles("GRID_WORKER").sign();

        List<Integer> reads = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            reads.add(withoutItsDatabase.publicRead(resident).statusCode());
        }
        HttpResponse<String> anonymousWrite = withoutItsDatabase.send(withoutItsDatabase.request("/api/public/cases", resident)
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        HttpResponse<String> workerCall = withoutItsDatabase.send(withoutItsDatabase.request("/api/cases", resident)
                .header("Authorization", "Bearer " + worker).GET());
        HttpResponse<String> readiness = withoutItsDatabase.send(withoutItsDatabase.request("/actuator/health/readiness", resident).GET());

        assertThat(reads).containsExactly(200, 200, 200, 200, 429);
        assertThat(anonymousWrite.statusCode()).isEqualTo(503);
        assertThat(workerCall.statusCode()).isEqualTo(200);
        assertThat(readiness.statusCode()).isEqualTo(200);
    }

    @Test
    void aDatabaseThatKeepsFailingIsNoLongerAskedUntilItMayHaveRecovered() {
        CircuitBreaker store = withoutItsDatabase.context.getBean(CircuitBreakerRegistry.class)
                .circuitBreaker("rate-limit-store");
        for (int i = 0; i < 20 && store.getState() != CircuitBreaker.State.OPEN; i++) {
            withoutItsDatabase.publicRead(GatewayTest.freshAddress());
        }
        long notAsked = store.getMetrics().getNumberOfNotPermittedCalls();

        HttpResponse<String> whileOpen = withoutItsDatabase.publicRead(GatewayTest.freshAddress());

        assertThat(store.getState()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(whileOpen.statusCode()).isEqualTo(200);
        assertThat(store.getMetrics().getNumberOfNotPermittedCalls()).isEqualTo(notAsked + 1);
    }

    private static boolean bucketTableExists() throws SQLException {
        try (Connection connection = DriverManager.getConnection(database, postgres.username(), postgres.password());
             ResultSet table = connection.getMetaData().getTables(null, null, "rate_limit_bucket", null)) {
            return table.next();
        }
    }

    /** A gateway of its own, as the manifests start it: shared buckets, the ingress at 127.0.0.1. */
    private record Gateway(ConfigurableApplicationContext context, int port) {

        static Gateway start(String jdbcUrl) {
            ConfigurableApplicationContext context = new SpringApplicationBuilder(GatewayApplication.class).run(
                    "--server.port=0",
                    "--logging.structured.format.console=",
                    "--gridgov.security.development=true",
                    "--gridgov.security.audience=" + DevTokens.AUDIENCE,
                    "--gridgov.gateway.trusted-proxies=127.0.0.1/32",
                    "--gridgov.gateway.limits.store=postgresql",
                    "--gridgov.gateway.limits.public-paths.capacity=4",
                    "--spring.datasource.url=" + jdbcUrl,
                    "--spring.datasource.username=" + postgres.username(),
                    "--spring.datasource.password=" + postgres.password(),
                    "--gridgov.gateway.backends.cases=" + CASES.uri());
            GATEWAYS.add(context);
            return new Gateway(context, ((WebServerApplicationContext) context).getWebServer().getPort());
        }

        HttpRequest.Builder request(String path, String client) {
            return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(10))
                    .header("X-Forwarded-For", client);
        }

        HttpResponse<String> publicRead(String client) {
            return send(request("/api/public/cases/TRK-7Q2M9", client).GET());
        }

        HttpResponse<String> send(HttpRequest.Builder request) {
            return GatewayTest.send(request);
        }
    }
}
