package org.gridgov.cases.intake;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import org.gridgov.runtime.calls.CircuitSettings;
import org.gridgov.runtime.security.ServiceCredentials;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Asks grid-registry ({@code GET /api/grids/locate?lon=&lat=}) which grid a point lies in, with a
 * timeout per try, a bounded number of tries and a circuit breaker, so a registry in trouble costs
 * intake at most {@code attempts × timeout} per report and nothing at all while the circuit is open.
 */
class RegistryGridLocator implements GridLocator {

    private static final Logger log = LoggerFactory.getLogger(RegistryGridLocator.class);
    private static final String NAME = "grid-registry-locate";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RegistryProperties properties;
    private final ServiceCredentials credentials;
    private final HttpClient http;
    private final CircuitBreakerRegistry circuitBreakers;
    private final RetryRegistry retries;
    private final CircuitBreaker circuitBreaker;
    private final Retry retry;

    RegistryGridLocator(RegistryProperties properties, ServiceCredentials credentials) {
        this.properties = properties;
        this.credentials = credentials;
        this.http = HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
        this.circuitBreakers = CircuitBreakerRegistry.of(new CircuitSettings(properties.failureRateThreshold(),
                properties.slidingWindow(), properties.openFor()).config()
                .recordExceptions(UncheckedIo.class, RegistryFailure.class)
                // A refused token says nothing about the registry's health.
                .ignoreExceptions(RegistryRefusal.class)
                .build());
        this.retries = RetryRegistry.of(RetryConfig.custom()
                .maxAttempts(Math.max(1, properties.attempts()))
                .waitDuration(properties.retryWait())
                .retryExceptions(UncheckedIo.class, RegistryFailure.class)
                // An open circuit means the registry is known to be down: trying again is pointless.
                .ignoreExceptions(CallNotPermittedException.class)
                .build());
        this.circuitBreaker = circuitBreakers.circuitBreaker(NAME);
        this.retry = retries.retry(NAME);
    }

    CircuitBreaker circuitBreaker() {
        return circuitBreaker;
    }

    CircuitBreakerRegistry circuitBreakers() {
        return circuitBreakers;
    }

    RetryRegistry retries() {
        return retries;
    }

    @Override
    public Located locate(double longitude, double latitude, Optional<String> bearerToken) {
        Supplier<Located> call = CircuitBreaker.decorateSupplier(circuitBreaker, () -> ask(longitude, latitude, bearerToken));
        try {
            return Retry.decorateSupplier(retry, call).get();
        } catch (CallNotPermittedException open) {
            return new Located.Unavailable("the circuit to grid-registry is open");
        } catch (RegistryRefusal refusal) {
            return new Located.Unavailable(refusal.getMessage());
        } catch (RegistryFailure | UncheckedIo failure) {
            log.warn("Locate failed after {} tries: {}", properties.attempts(), failure.getMessage());
            return new Located.Unavailable(failure.getMessage());
        }
    }

    private Located ask(double longitude, double latitude, Optional<String> bearerToken) {
        URI uri = properties.url().resolve(String.format(Locale.ROOT, "/api/grids/locate?lon=%.7f&lat=%.7f", longitude, latitude));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(properties.timeout())
                .header("Accept", "application/json").GET();
        // A caller's token is relayed when the report is theirs; a report from Kafka or from an
        // anonymous resident is placed on this service's own behalf.
        bearerToken.or(credentials::bearerToken).ifPresent(token -> request.header("Authorization", "Bearer " + token));
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIo(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RegistryFailure("interrupted while waiting for grid-registry");
        }
        return switch (response.statusCode()) {
            case 200 -> inGrid(response.body());
            case 404 -> new Located.Outside();
            // A token the registry will not take: not worth a retry; the case waits for manual placement.
            case 401, 403 -> throw new RegistryRefusal("grid-registry refused the call (" + response.statusCode() + ")");
            default -> throw new RegistryFailure("grid-registry answered " + response.statusCode());
        };
    }

    private static Located inGrid(String body) {
        JsonNode code;
        try {
            code = JSON.readTree(body).path("code");
        } catch (JacksonException unreadable) {
            throw new RegistryFailure("grid-registry answered with unreadable JSON");
        }
        if (!code.isString() || code.asString().isBlank()) {
            throw new RegistryFailure("grid-registry answered without a unit code");
        }
        return new Located.InGrid(code.asString());
    }

    /** The registry answered, but not usefully. */
    static final class RegistryFailure extends RuntimeException {
        RegistryFailure(String message) {
            super(message);
        }
    }

    /** The registry would not answer this caller: no retry, and the circuit stays as it is. */
    static final class RegistryRefusal extends RuntimeException {
        RegistryRefusal(String message) {
            super(message);
        }
    }

    /** A transport failure (refused, reset, timed out), unchecked so it travels through the decorated supplier. */
    static final class UncheckedIo extends RuntimeException {
        UncheckedIo(IOException cause) {
            super(cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage()), cause);
        }
    }
}
