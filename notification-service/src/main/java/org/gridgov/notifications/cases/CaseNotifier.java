package org.gridgov.notifications.cases;

import java.util.List;

import io.cloudevents.CloudEvent;
import org.gridgov.notifications.fanout.Fanout;
import org.gridgov.notifications.fanout.FirstDeliveries;
import org.gridgov.notifications.routing.CaseFacts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns case events into notifications, completing what an event leaves out (its unit, category,
 * assignee) from what earlier events of the case said. Everything is stored in the transaction that
 * records the events as processed.
 */
@Service
class CaseNotifier {

    private final FirstDeliveries firstDeliveries;
    private final KnownCases knownCases;
    private final Fanout fanout;

    CaseNotifier(FirstDeliveries firstDeliveries, KnownCases knownCases, Fanout fanout) {
        this.firstDeliveries = firstDeliveries;
        this.knownCases = knownCases;
        this.fanout = fanout;
    }

    /**
     * @param consumer    the name under which this reader records processed events
     * @param events      events of one topic, in the order read
     * @param caseHistory whether the events come from {@code case.events}, whose order per case is
     *                    the case's history; only that stream updates what is known of the case
     */
    @Transactional
    void on(String consumer, List<CloudEvent> events, boolean caseHistory) {
        fanout.notifyInOrder(firstDeliveries.read(consumer, events, CaseFacts::of), knownCases, caseHistory);
    }
}
