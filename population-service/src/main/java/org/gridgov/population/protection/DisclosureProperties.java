package org.gridgov.population.protection;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The per-account limit on people read in full.
 *
 * @param people how many people one account may see in full (reads and exports) within {@code window}
 * @param window the sliding window, counted from the access log
 */
@ConfigurationProperties("gridgov.population.disclosure")
record DisclosureProperties(@DefaultValue("200") int people, @DefaultValue("1h") Duration window) {
}
