package org.gridgov.registry.coverage;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param minAreaSquareMetres gaps, overlaps and protrusions smaller than this are rounding noise, not findings
 */
@ConfigurationProperties("gridgov.registry.coverage")
record CoverageProperties(@DefaultValue("1.0") double minAreaSquareMetres) {
}
