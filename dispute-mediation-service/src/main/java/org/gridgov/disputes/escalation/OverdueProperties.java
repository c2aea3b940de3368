package org.gridgov.disputes.escalation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the scheduler looks for disputes whose time limit ran out, from {@code gridgov.disputes.overdue}.
 *
 * @param enabled      whether this instance scans at all (every replica may: they share the work)
 * @param scanInterval the pause between two scans; the first runs as soon as the territory is read
 * @param batchSize    how many overdue disputes one transaction claims and answers
 */
@ConfigurationProperties("gridgov.disputes.overdue")
record OverdueProperties(@DefaultValue("true") boolean enabled, @DefaultValue("1m") Duration scanInterval,
                         @DefaultValue("100") int batchSize) {

    OverdueProperties {
        if (scanInterval.isNegative() || scanInterval.isZero()) {
            throw new IllegalArgumentException("the overdue scan interval must be positive, not " + scanInterval);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("the overdue batch size must be at least 1, not " + batchSize);
        }
    }
}
