package org.gridgov.notifications.fanout;

import io.cloudevents.CloudEvent;
import org.gridgov.notifications.routing.Fact;

/** The fact of an event, completed from what is known, with the event itself (its data goes to webhooks as published). */
record FactOfEvent(Fact fact, CloudEvent event) {
}
