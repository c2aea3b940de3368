package org.gridgov.runtime.calls;

import java.time.Duration;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;

/**
 * The circuit breaker of a call from one service to another: opened when {@code failureRateThreshold}
 * percent of the last {@code slidingWindow} calls failed, it refuses calls for {@code openFor}, then
 * lets two through to see whether the other side is back. The one shape every such call takes, so a
 * service's settings read the same whichever service it calls.
 *
 * @param failureRateThreshold percentage of failed calls in the window that opens the circuit
 * @param slidingWindow        calls the failure rate is measured over (and the fewest it needs)
 * @param openFor              how long an open circuit refuses calls before letting a few through
 */
public record CircuitSettings(float failureRateThreshold, int slidingWindow, Duration openFor) {

    /** The configuration, to which a caller adds which of its exceptions count as failures. */
    public CircuitBreakerConfig.Builder config() {
        return CircuitBreakerConfig.custom()
                .failureRateThreshold(failureRateThreshold)
                .slidingWindowSize(slidingWindow)
                .minimumNumberOfCalls(slidingWindow)
                .waitDurationInOpenState(openFor)
                .permittedNumberOfCallsInHalfOpenState(2);
    }
}
