package org.gridgov.disputes.cases;

import io.cloudevents.CloudEvent;
import org.gridgov.events.CloudEventCodec;
import org.gridgov.events.EventTypes;
import org.gridgov.events.Topics;
import org.gridgov.events.cases.CaseFiled;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Reads {@code case.events}; only a filed case can open a dispute, every other change is left alone. */
@Component
class CaseEventsListener {

    private static final String FILED = EventTypes.typeOf(CaseFiled.class);

    private final CaseDisputes disputes;

    CaseEventsListener(CaseDisputes disputes) {
        this.disputes = disputes;
    }

    @KafkaListener(topics = Topics.CASE_EVENTS)
    void on(CloudEvent event) {
        if (FILED.equals(event.getType())) {
            disputes.filed(event.getId(), CloudEventCodec.data(event, CaseFiled.class));
        }
    }
}
