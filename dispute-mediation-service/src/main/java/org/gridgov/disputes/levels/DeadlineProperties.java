package org.gridgov.disputes.levels;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long each level has to settle a dispute, from {@code gridgov.disputes.deadlines}.
 *
 * @param limits        calendar time per level, counted from the moment the dispute arrived there
 * @param yellowAtShare the share of the limit after which the light turns yellow
 */
@ConfigurationProperties("gridgov.disputes.deadlines")
record DeadlineProperties(Map<Level, Duration> limits, @DefaultValue("0.8") double yellowAtShare) {
}
