package org.gridgov.cases.duplicates;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When a report is linked to an open case as its duplicate instead of becoming a case of its own.
 *
 * @param enabled      whether reports are checked at all
 * @param radiusMetres how close to the open case's position
 * @param window       how long before or after the open case's report
 */
@ConfigurationProperties("gridgov.duplicates")
record DuplicateProperties(@DefaultValue("true") boolean enabled,
                           @DefaultValue("50") double radiusMetres,
                           @DefaultValue("24h") Duration window) {
}
