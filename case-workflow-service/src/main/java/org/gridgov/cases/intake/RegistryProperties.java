package org.gridgov.cases.intake;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How intake calls grid-registry's locate. A report is never refused because the registry is slow:
 * after {@code attempts} tries of at most {@code timeout} each, or while the circuit is open, the
 * case is filed at the county command centre for manual placement.
 *
 * @param url                  base URL of grid-registry
 * @param timeout              connect and response timeout of one try
 * @param attempts             tries per report, the first included (the retry budget)
 * @param retryWait            pause before the next try
 * @param failureRateThreshold percentage of failed calls in the window that opens the circuit
 * @param slidingWindow        calls the failure rate is measured over
 * @param openFor              how long an open circuit refuses calls before letting a few through
 */
@ConfigurationProperties("gridgov.registry")
record RegistryProperties(@DefaultValue("http://localhost:8081") URI url,
                          @DefaultValue("800ms") Duration timeout,
                          @DefaultValue("2") int attempts,
                          @DefaultValue("100ms") Duration retryWait,
                          @DefaultValue("50") float failureRateThreshold,
                          @DefaultValue("10") int slidingWindow,
                          @DefaultValue("30s") Duration openFor) {
}
