package org.gridgov.registry.locate;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param refreshInterval how often a replica looks for units changed by other replicas and reloads its index
 */
@ConfigurationProperties("gridgov.registry.locate")
record LocateProperties(@DefaultValue("10s") Duration refreshInterval) {
}
