package org.gridgov.gateway.routing;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the gateway protects callers from a failing service, per backend.
 *
 * @param failureRateThreshold    percentage of failed calls (refused, timed out) that opens the circuit
 * @param slidingWindowSize       calls the failure rate is computed over
 * @param minimumNumberOfCalls    calls before the rate counts at all
 * @param openDuration            how long an open circuit answers 503 without trying
 * @param maxConcurrentCalls      bulkhead: calls in flight to one service; past it, 503 at once
 * @param retryAttempts           attempts of a GET, HEAD or OPTIONS whose connection failed (1 = no retry)
 * @param retryBackoff            wait between attempts
 * @param retryBudgetPerSecond    retries per second and backend at most, so retries never multiply an outage
 */
@ConfigurationProperties("gridgov.gateway.resilience")
record ResilienceProperties(@DefaultValue("50") float failureRateThreshold,
                            @DefaultValue("20") int slidingWindowSize,
                            @DefaultValue("10") int minimumNumberOfCalls,
                            @DefaultValue("10s") Duration openDuration,
                            @DefaultValue("200") int maxConcurrentCalls,
                            @DefaultValue("2") int retryAttempts,
                            @DefaultValue("50ms") Duration retryBackoff,
                            @DefaultValue("10") int retryBudgetPerSecond) {
}
