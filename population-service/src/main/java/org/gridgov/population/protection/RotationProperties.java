package org.gridgov.population.protection;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param interval  how often the re-encryption looks for values under an old key
 * @param batchSize rows re-encrypted per transaction
 */
@ConfigurationProperties("gridgov.population.rotation")
record RotationProperties(@DefaultValue("1m") Duration interval, @DefaultValue("500") int batchSize) {
}
