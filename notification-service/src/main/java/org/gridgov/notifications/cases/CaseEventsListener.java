package org.gridgov.notifications.cases;

import io.cloudevents.CloudEvent;
import org.gridgov.events.Topics;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reads the case loop. An escalation or a dispatch arrives twice, on {@code case.events} and on its
 * routing topic, under two event ids; the notification store knows them as one fact, so whichever
 * copy arrives first notifies and the other changes nothing.
 */
@Component
class CaseEventsListener {

    private final CaseNotifier notifier;

    CaseEventsListener(CaseNotifier notifier) {
        this.notifier = notifier;
    }

    @KafkaListener(topics = Topics.CASE_EVENTS)
    void on(CloudEvent event) {
        notifier.on("notification.case-events", event, true);
    }

    @KafkaListener(topics = Topics.CASE_ESCALATED)
    void onEscalated(CloudEvent event) {
        notifier.on("notification.case-escalated", event, false);
    }

    @KafkaListener(topics = Topics.CASE_DISPATCHED)
    void onDispatched(CloudEvent event) {
        notifier.on("notification.case-dispatched", event, false);
    }
}
