package org.gridgov.notifications.routing;

import java.util.List;
import java.util.Set;

/**
 * Which event notifies whom, on which channels, in which words, and whether it may wake someone up.
 *
 * @param event    the CloudEvents type, e.g. {@code org.gridgov.case.assigned.v1}
 * @param template the template name under {@code templates/<locale>/}
 * @param urgent   urgent notifications ignore SMS quiet hours
 * @param channels the channels used; each recipient gets those that reach it ({@link Channel#reaches})
 * @param audiences the audiences
 */
public record RoutingRule(String event, String template, boolean urgent, Set<Channel> channels, List<Addressing> audiences) {

    public RoutingRule {
        if (event == null || event.isBlank() || template == null || template.isBlank()) {
            throw new IllegalArgumentException("a routing rule needs an 'event' and a 'template'");
        }
        channels = channels == null ? Set.of() : Set.copyOf(channels);
        audiences = audiences == null ? List.of() : List.copyOf(audiences);
        if (channels.isEmpty() || audiences.isEmpty()) {
            throw new IllegalArgumentException("the routing rule for " + event + " needs 'channels' and 'audiences'");
        }
    }
}
