package org.gridgov.runtime.sample;

import io.cloudevents.CloudEvent;
import org.gridgov.events.CloudEventCodec;
import org.gridgov.events.Topics;
import org.gridgov.events.cases.DepartmentFeedback;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

@Component
class FeedbackListener {

    private final SampleCaseService cases;

    FeedbackListener(SampleCaseService cases) {
        this.cases = cases;
    }

    @KafkaListener(topics = Topics.CASE_FEEDBACK)
    void on(CloudEvent event) {
        cases.recordFeedback(event.getId(), CloudEventCodec.data(event, DepartmentFeedback.class));
    }
}
