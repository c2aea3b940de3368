package org.gridgov.registry.sizing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param tolerance how far from the standard a grid may be, as a share of it (0.5: from half to one and a half times)
 */
@ConfigurationProperties("gridgov.registry.sizing")
record SizingProperties(@DefaultValue("100") int ruralHouseholds,
                        @DefaultValue("200") int urbanHouseholds,
                        @DefaultValue("10") int enterpriseEnterprises,
                        @DefaultValue("0.5") double tolerance) {

    SizingStandard standard() {
        return new SizingStandard(ruralHouseholds, urbanHouseholds, enterpriseEnterprises, tolerance);
    }
}
