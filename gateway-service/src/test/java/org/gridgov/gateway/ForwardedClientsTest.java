package org.gridgov.gateway;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client behind the ingress. Here the ingress is 127.0.0.1 (trusted: {@code gridgov.gateway.trusted-proxies},
 * as the manifests set the ingress controller's pod network); a caller from 127.0.0.2 is a peer the
 * gateway does not trust. The public API allows 3 requests per client.
 */
class ForwardedClientsTest extends GatewayTest {

    private static final HttpClient UNTRUSTED_PEER;

    static {
        try {
            UNTRUSTED_PEER = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .localAddress(InetAddress.getByName("127.0.0.2")).build();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void twoResidentsBehindTheSameIngressGetBucketsOfTheirOwn() {
        String first = freshAddress();
        String second = freshAddress();
        for (int i = 0; i < 3; i++) {
            assertThat(send(publicRead().setHeader("X-Forwarded-For", first)).statusCode()).isEqualTo(200);
        }

        HttpResponse<String> firstAgain = send(publicRead().setHeader("X-Forwarded-For", first));
        HttpResponse<String> secondResident = send(publicRead().setHeader("X-Forwarded-For", second));

        assertThat(firstAgain.statusCode()).isEqualTo(429);
        assertThat(secondResident.statusCode()).isEqualTo(200);
        assertThat(secondResident.headers().firstValue("X-RateLimit-Remaining")).hasValue("2");
    }

    @Test
    void whatAResidentWritesBeforeTheIngressesAddressDoesNotMoveItToAnotherBucket() {
        String resident = freshAddress();
        for (int i = 0; i < 3; i++) {
            // The ingress appends the address it saw; what the resident sent stays on the left.
            String claimed = freshAddress() + ", " + resident;
            assertThat(send(publicRead().setHeader("X-Forwarded-For", claimed)).statusCode()).isEqualTo(200);
        }

        HttpResponse<String> refused = send(publicRead().setHeader("X-Forwarded-For", freshAddress() + ", " + resident));

        assertThat(refused.statusCode()).isEqualTo(429);
    }

    @Test
    void aSpoofedForwardedForFromAnUntrustedPeerDoesNotEscapeItsBucket() {
        for (int i = 0; i < 3; i++) {
            assertThat(fromUntrustedPeer(freshAddress()).statusCode()).isEqualTo(200);
        }

        HttpResponse<String> refused = fromUntrustedPeer(freshAddress());

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    void theIngressSaysWhetherTheCallerUsedTls() {
        HttpResponse<String> overTls = send(request("/api/public/cases/TRK-1").header("X-Forwarded-Proto", "https").GET());
        HttpResponse<String> claimedByAnUntrustedPeer = send(UNTRUSTED_PEER, HttpRequest.newBuilder(gateway("/actuator/health"))
                .header("X-Forwarded-Proto", "https").GET());

        assertThat(overTls.headers().firstValue("Strict-Transport-Security")).isPresent();
        assertThat(claimedByAnUntrustedPeer.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    private HttpRequest.Builder publicRead() {
        return request("/api/public/cases/TRK-7Q2M9").GET();
    }

    private HttpResponse<String> fromUntrustedPeer(String claimedAddress) {
        return send(UNTRUSTED_PEER, HttpRequest.newBuilder(gateway("/api/public/cases/TRK-7Q2M9"))
                .timeout(Duration.ofSeconds(10))
                .header("X-Forwarded-For", claimedAddress).GET());
    }

    private URI gateway(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
