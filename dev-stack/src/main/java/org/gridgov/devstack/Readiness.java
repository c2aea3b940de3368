package org.gridgov.devstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Waits for a service's readiness probe, the one Kubernetes asks: {@code /actuator/health/readiness}. */
final class Readiness {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private Readiness() {
    }

    static void await(ChildProcess service, String baseUrl, Duration timeout) throws StartFailure, InterruptedException {
        HttpRequest probe = HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(3)).GET().build();
        long deadline = System.nanoTime() + timeout.toNanos();
        int lastStatus = 0;
        while (System.nanoTime() < deadline) {
            if (!service.isAlive()) {
                throw new StartFailure(service.name(), service.log(),
                        "its process ended with exit code " + service.exitValue() + " before it was ready");
            }
            try {
                lastStatus = HTTP.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (lastStatus == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // keep asking
            }
            Thread.sleep(300);
        }
        throw new StartFailure(service.name(), service.log(), "not ready within " + timeout.toSeconds() + " s"
                + (lastStatus == 0 ? " (its port never answered)" : " (readiness answered " + lastStatus + ")"));
    }
}
