package org.gridgov.gateway;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.gridgov.testing.DevTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Body size per route and token buckets: per account, per client address, stricter on the public
 * API. Here the default body is 1 KB, a unit import 4 KB and a census import 8 KB.
 */
class RequestLimitsTest extends GatewayTest {

    private static final String MULTIPART = "multipart/form-data; boundary=census-sheet";

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
    void aUnitImportLargerThanTheDefaultReachesTheRegistry() {
        HttpResponse<String> response = send(request("/api/units/import?repair=true", anyone())
                .header("Content-Type", "application/geo+json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[3 * 1024])));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("backend").asString()).isEqualTo("grid-registry");
        assertThat(json(response).get("bodyBytes").asLong()).isEqualTo(3 * 1024);
    }

    @Test
    void aUnitImportOverItsOwnLimitIsRefusedWith413() {
        HttpResponse<String> declared = send(request("/api/units/import", anyone())
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[5 * 1024])));
        HttpResponse<String> streamed = send(request("/api/units/import", anyone())
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(new byte[5 * 1024]))));

        assertThat(declared.statusCode()).isEqualTo(413);
        assertThat(json(declared).get("type").asString()).isEqualTo("urn:gridgov:problem:body-too-large");
        assertThat(json(declared).get("maxBytes").asLong()).isEqualTo(4 * 1024);
        assertThat(streamed.statusCode()).isEqualTo(413);
        assertThat(json(streamed).get("maxBytes").asLong()).isEqualTo(4 * 1024);
    }

    @Test
    void aMultipartBodyIsPassedOnAsItCame() {
        byte[] body = multipart(3 * 1024);

        HttpResponse<String> response = send(request("/api/units/import", anyone())
                .header("Content-Type", MULTIPART)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("bodyBytes").asLong()).isEqualTo(body.length);
    }

    @Test
    void aCensusImportLargerThanTheDefaultGoesOnToPopulation() {
        // population is absent here: its 503 shows the body passed the gateway's limit.
        HttpResponse<String> response = send(request("/api/census/imports", anyone())
                .header("Content-Type", MULTIPART)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(6 * 1024))));

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(json(response).get("service").asString()).isEqualTo("population");
    }

    @Test
    void aCensusImportOverItsOwnLimitIsRefusedBeforePopulation() {
        HttpResponse<String> response = send(request("/api/census/imports", anyone())
                .header("Content-Type", MULTIPART)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(10 * 1024))));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(json(response).get("maxBytes").asLong()).isEqualTo(8 * 1024);
    }

    @ParameterizedTest
    @CsvSource({"PUT, /api/units/130527100", "POST, /api/units/importer", "POST, /api/residents"})
    void everyOtherPathKeepsTheDefault(String method, String path) {
        HttpResponse<String> response = send(request(path, anyone())
                .method(method, HttpRequest.BodyPublishers.ofByteArray(new byte[2 * 1024])));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(json(response).get("maxBytes").asLong()).isEqualTo(1024);
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

    /** A census sheet as a browser's form sends it: one file part of about {@code size} bytes. */
    private static byte[] multipart(int size) {
        String head = "--census-sheet\r\nContent-Disposition: form-data; name=\"file\"; filename=\"nanhe.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n";
        String tail = "\r\n--census-sheet--\r\n";
        String rows = "130527100001001,ROW\n".repeat(Math.max(0, (size - head.length() - tail.length()) / 20));
        return (head + rows + tail).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
