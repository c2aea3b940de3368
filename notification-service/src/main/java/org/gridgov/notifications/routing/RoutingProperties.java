package org.gridgov.notifications.routing;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The routing rules, in {@code application.yaml} under {@code gridgov.notifications.routing.rules}. */
@ConfigurationProperties("gridgov.notifications.routing")
public record RoutingProperties(List<RoutingRule> rules) {

    public RoutingProperties {
        rules = rules == null ? List.of() : List.copyOf(rules);
    }
}
