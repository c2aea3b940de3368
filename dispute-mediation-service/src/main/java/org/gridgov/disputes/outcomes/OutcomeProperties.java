package org.gridgov.disputes.outcomes;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param zone the time zone of the agreements' days (perform by, follow up on) */
@ConfigurationProperties("gridgov.disputes.outcomes")
record OutcomeProperties(@DefaultValue("Asia/Shanghai") ZoneId zone) {
}
