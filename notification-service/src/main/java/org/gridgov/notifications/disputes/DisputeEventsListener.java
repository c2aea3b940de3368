package org.gridgov.notifications.disputes;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.gridgov.events.Topics;
import org.gridgov.notifications.fanout.EventBatch;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Reads the disputes' history, a poll's records at a time: mediators are invited, the holding unit hears of arrivals. */
@Component
class DisputeEventsListener {

    private final DisputeNotifier notifier;

    DisputeEventsListener(DisputeNotifier notifier) {
        this.notifier = notifier;
    }

    @KafkaListener(topics = Topics.DISPUTE_EVENTS, batch = "true")
    void on(List<ConsumerRecord<String, byte[]>> records) {
        EventBatch.apply(records, notifier::on);
    }
}
