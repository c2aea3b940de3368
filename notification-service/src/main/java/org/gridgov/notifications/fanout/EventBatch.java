package org.gridgov.notifications.fanout;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.gridgov.events.CloudEventCodec;
import org.springframework.kafka.listener.BatchListenerFailedException;

/**
 * Applies the records of one poll together: one transaction and a few round trips to the database
 * for the whole batch, where one per record would cap a fan-out at a few hundred events a second.
 * Failures keep the guarantees of record listeners: a batch that fails is applied again one event at
 * a time, and the first event that fails on its own is reported by its index, so the container
 * commits the events before it, retries it with backoff and at last parks it in {@code <topic>.dlt}
 * (an unreadable record at once), then goes on with the rest.
 */
public final class EventBatch {

    private EventBatch() {
    }

    /** @param effect applies events in order, in one transaction; a redelivered event must change nothing */
    public static void apply(List<ConsumerRecord<String, byte[]>> records, Consumer<List<CloudEvent>> effect) {
        List<CloudEvent> events = new ArrayList<>(records.size());
        for (int index = 0; index < records.size(); index++) {
            try {
                events.add(CloudEventCodec.fromRecord(records.get(index)));
            } catch (RuntimeException unreadable) {
                applyOrIsolate(events, effect);
                throw new BatchListenerFailedException("unreadable record", unreadable, index);
            }
        }
        applyOrIsolate(events, effect);
    }

    private static void applyOrIsolate(List<CloudEvent> events, Consumer<List<CloudEvent>> effect) {
        if (events.isEmpty()) {
            return;
        }
        try {
            effect.accept(events);
        } catch (RuntimeException batchFailed) {
            for (int index = 0; index < events.size(); index++) {
                try {
                    effect.accept(List.of(events.get(index)));
                } catch (RuntimeException failed) {
                    throw new BatchListenerFailedException("event " + events.get(index).getId() + " failed", failed, index);
                }
            }
        }
    }
}
