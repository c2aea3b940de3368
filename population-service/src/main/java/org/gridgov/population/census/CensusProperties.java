package org.gridgov.population.census;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param batchSize rows sealed and written together (one statement per table per batch)
 * @param threads   threads checking rows and encrypting them while the previous batch is written
 */
@ConfigurationProperties("gridgov.population.census")
record CensusProperties(@DefaultValue("1000") int batchSize, @DefaultValue("2") int threads) {
}
