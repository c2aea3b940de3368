package org.gridgov.gateway;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.gridgov.testing.DevTokens;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Body size and token buckets: per account, per client address, stricter on the public API. */
class RequestLimitsTest extends GatewayTest {

    @Test
    void aBodyOverTheLimitIsRefusedWith413() {
        String token = DevTokens.forAccount("big-" + System.nanoTime()).roles("GRID_WORKER").sign();

        HttpResponse<String> response = send(request("/api/cases", token)
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[2048])));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(json(response).get("type").asString()).isEqualTo("urn:gridgov:problem:body-too-large");
    }

    @Test
    void aBodyWithoutALengthIsCutOffAtTheLimit() {
        String token = DevTokens.forAccount("chunked-" + System.nanoTime()).roles("GRID_WORKER").sign();

        HttpResponse<String> response = send(request("/api/cases", token)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(new byte[4096]))));

        assertThat(response.statusCode()).isEqualTo(413);
    }

    @Test
    void aBodyUnderTheLimitPasses() {
        String token = DevTokens.forAccount("small-" + System.nanoTime()).roles("GRID_WORKER").sign();

        HttpResponse<String> response = send(request("/api/cases", token)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(new byte[1000]))));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("bodyBytes").asLong()).isEqualTo(1000);
    }

    @Test
    void anAccountOverItsBucketGets429WithRetryAfterWhileOthersGoOn() {
        String busy = DevTokens.forAccount("busy-" + System.nanoTime()).roles("GRID_WORKER").sign();
        String other = DevTokens.forAccount("calm-" + System.nanoTime()).roles("GRID_WORKER").sign();
        for (int i = 0; i < 5; i++) {
            // A new address each time: the account's bucket counts, not the address's.
            assertThat(send(request("/api/units/130527100201", busy).GET()).statusCode()).isEqualTo(200);
        }

        HttpResponse<String> refused = send(request("/api/units/130527100201", busy).GET());

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(seconds ->
                assertThat(Long.parseLong(seconds)).isBetween(1L, 60L));
        assertThat(json(refused).get("type").asString()).isEqualTo("urn:gridgov:problem:rate-limited");
        assertThat(send(request("/api/units/130527100201", other).GET()).statusCode()).isEqualTo(200);
    }

    @Test
    void anonymousCallersAreCountedPerAddress() {
        String address = freshAddress();
        for (int i = 0; i < 5; i++) {
            assertThat(send(request("/api/units/1").setHeader("X-Forwarded-For", address).GET()).statusCode())
                    .isEqualTo(401);
        }

        HttpResponse<String> refused = send(request("/api/units/1").setHeader("X-Forwarded-For", address).GET());
        HttpResponse<String> otherAddress = send(request("/api/units/1").GET());
        HttpResponse<String> signedInFromThere = send(request("/api/units/1",
                DevTokens.forAccount("same-place-" + System.nanoTime()).roles("GRID_WORKER").sign())
                .setHeader("X-Forwarded-For", address).GET());

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(otherAddress.statusCode()).isEqualTo(401);
        assertThat(signedInFromThere.statusCode()).isEqualTo(200);
    }

    @Test
    void thePublicApiHasAStricterBucketPerAddress() {
        String address = freshAddress();
        for (int i = 0; i < 3; i++) {
            assertThat(send(request("/api/public/cases/TRK-1").setHeader("X-Forwarded-For", address).GET())
                    .statusCode()).isEqualTo(200);
        }

        HttpResponse<String> refused = send(request("/api/public/cases/TRK-1").setHeader("X-Forwarded-For", address).GET());

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(send(request("/api/public/cases/TRK-1").GET()).statusCode()).isEqualTo(200);
    }
}
