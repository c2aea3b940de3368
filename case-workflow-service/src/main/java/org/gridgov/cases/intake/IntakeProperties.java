package org.gridgov.cases.intake;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param countyCode the county whose command centre takes the reports intake cannot place in a grid
 *                   (no position, or the registry did not answer): never lost, never refused
 */
@ConfigurationProperties("gridgov.intake")
record IntakeProperties(@DefaultValue("130527") String countyCode) {
}
