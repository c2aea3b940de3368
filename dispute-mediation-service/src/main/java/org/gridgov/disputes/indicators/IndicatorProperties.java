package org.gridgov.disputes.indicators;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The target shape (Liling, seed 001): over 70 % settled by residents themselves, 20 % by town and
 * village, under 10 % through legal channels.
 */
@ConfigurationProperties("gridgov.disputes.indicators")
record IndicatorProperties(@DefaultValue("0.70") double communityTarget, @DefaultValue("0.20") double mediatedTarget,
                           @DefaultValue("0.10") double legalTarget, @DefaultValue("Asia/Shanghai") java.time.ZoneId zone) {
}
