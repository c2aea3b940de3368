package org.gridgov.notifications.cases;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.gridgov.events.Topics;
import org.gridgov.notifications.fanout.EventBatch;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reads the case loop, a poll's records at a time. An escalation or a dispatch arrives twice, on
 * {@code case.events} and on its routing topic, under two event ids; the notification store knows
 * them as one fact, so whichever copy arrives first notifies and the other changes nothing.
 */
@Component
class CaseEventsListener {

    private final CaseNotifier notifier;

    CaseEventsListener(CaseNotifier notifier) {
        this.notifier = notifier;
    }

    @KafkaListener(topics = Topics.CASE_EVENTS, batch = "true")
    void on(List<ConsumerRecord<String, byte[]>> records) {
        EventBatch.apply(records, events -> notifier.on("notification.case-events", events, true));
    }

    @KafkaListener(topics = Topics.CASE_ESCALATED, batch = "true")
    void onEscalated(List<ConsumerRecord<String, byte[]>> records) {
        EventBatch.apply(records, events -> notifier.on("notification.case-escalated", events, false));
    }

    @KafkaListener(topics = Topics.CASE_DISPATCHED, batch = "true")
    void onDispatched(List<ConsumerRecord<String, byte[]>> records) {
        EventBatch.apply(records, events -> notifier.on("notification.case-dispatched", events, false));
    }
}
