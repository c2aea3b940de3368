package org.gridgov.notifications.reporters;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How this service asks case-workflow for a reporter's contact, when a message to them is sent. A
 * call that fails is not retried here: the delivery is, on the delivery retry schedule.
 *
 * @param url                  base URL of case-workflow (the environment's {@code GRIDGOV_CASES_URL})
 * @param timeout              connect and response timeout of one call
 * @param failureRateThreshold percentage of failed calls in the window that opens the circuit
 * @param slidingWindow        calls the failure rate is measured over
 * @param openFor              how long an open circuit refuses calls (the deliveries wait for their next try)
 */
@ConfigurationProperties("gridgov.cases")
record CasesProperties(@DefaultValue("http://localhost:8082") URI url,
                       @DefaultValue("2s") Duration timeout,
                       @DefaultValue("50") float failureRateThreshold,
                       @DefaultValue("20") int slidingWindow,
                       @DefaultValue("30s") Duration openFor) {
}
