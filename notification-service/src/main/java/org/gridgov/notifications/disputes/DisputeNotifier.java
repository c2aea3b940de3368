package org.gridgov.notifications.disputes;

import java.util.List;

import io.cloudevents.CloudEvent;
import org.gridgov.notifications.fanout.Fanout;
import org.gridgov.notifications.fanout.FirstDeliveries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns dispute events into notifications, completing what an event leaves out (the dispute's
 * type, the mediators of its session) from what earlier events of the dispute said. Everything is
 * stored in the transaction that records the events as processed.
 */
@Service
class DisputeNotifier {

    static final String CONSUMER = "notification.dispute-events";

    private final FirstDeliveries firstDeliveries;
    private final KnownDisputes knownDisputes;
    private final Fanout fanout;

    DisputeNotifier(FirstDeliveries firstDeliveries, KnownDisputes knownDisputes, Fanout fanout) {
        this.firstDeliveries = firstDeliveries;
        this.knownDisputes = knownDisputes;
        this.fanout = fanout;
    }

    /** @param events events of {@code dispute.events}, the disputes' history, in order per dispute (its key) */
    @Transactional
    void on(List<CloudEvent> events) {
        fanout.notifyInOrder(firstDeliveries.read(CONSUMER, events, DisputeFacts::of), knownDisputes, true);
    }
}
