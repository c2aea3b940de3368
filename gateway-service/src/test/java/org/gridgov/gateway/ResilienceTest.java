package org.gridgov.gateway;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A dead or slow service costs its own routes, never the others'. */
class ResilienceTest extends GatewayTest {

    @Test
    void anAbsentServiceAnswers503NamingItQuickly() {
        long started = System.nanoTime();

        HttpResponse<String> response = send(request("/api/residents/r-1", anyone()).GET());

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(json(response).get("type").asString()).isEqualTo("urn:gridgov:problem:service-unavailable");
        assertThat(json(response).get("service").asString()).isEqualTo("population");
        assertThat(System.nanoTime() - started).isLessThan(2_000_000_000L);
        assertThat(send(request("/api/units/130527100201", anyone()).GET()).statusCode()).isEqualTo(200);
    }

    @Test
    void repeatedFailuresOpenTheCircuitOfThatServiceOnly() {
        for (int i = 0; i < 4; i++) {
            send(request("/api/households/h-" + i, anyone()).GET());
        }

        HttpResponse<String> response = send(request("/api/households/h-9", anyone()).GET());

        assertThat(circuitBreakers.circuitBreaker("population").getState()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(json(response).get("detail").asString()).contains("circuit open");
        assertThat(circuitBreakers.circuitBreaker("registry").getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(send(request("/api/units/130527100201", anyone()).GET()).statusCode()).isEqualTo(200);
    }

    @Test
    void aSlowServiceTimesOutWith504() {
        long started = System.nanoTime();

        HttpResponse<String> response = send(request("/api/disputes/d-1", anyone()).GET());

        assertThat(response.statusCode()).isEqualTo(504);
        assertThat(json(response).get("type").asString()).isEqualTo("urn:gridgov:problem:service-timeout");
        assertThat(json(response).get("service").asString()).isEqualTo("dispute-mediation");
        assertThat(System.nanoTime() - started).isLessThan(1_500_000_000L);
    }

    @Test
    void aSlowServiceHoldsNoMoreThanItsBulkheadWhileOthersAnswer() {
        List<CompletableFuture<HttpResponse<String>>> slow = IntStream.range(0, 6)
                .mapToObj(i -> CLIENT.sendAsync(request("/api/disputes/d-" + i, anyone()).GET().build(),
                        HttpResponse.BodyHandlers.ofString()))
                .toList();

        HttpResponse<String> meanwhile = send(request("/api/cases/8f0c2f4e", anyone()).GET());
        List<HttpResponse<String>> answers = slow.stream().map(CompletableFuture::join).toList();

        assertThat(meanwhile.statusCode()).isEqualTo(200);
        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(503, 504);
        assertThat(answers).filteredOn(answer -> answer.statusCode() == 503).isNotEmpty()
                .allSatisfy(answer -> assertThat(json(answer).get("detail").asString()).contains("too many calls in flight"));
    }

    @Test
    void theCircuitsAreMeasured() {
        send(request("/api/units/130527100201", anyone()).GET());

        String metrics = send(request("/actuator/prometheus").GET()).body();

        assertThat(metrics).contains("resilience4j_circuitbreaker_state{").contains("name=\"registry\"");
        assertThat(metrics).contains("http_server_requests_seconds_bucket{").contains("uri=\"/api/units/**\"");
    }
}
