package org.gridgov.cases.dispatch;

import io.cloudevents.CloudEvent;
import org.gridgov.cases.lifecycle.Actor;
import org.gridgov.events.CloudEventCodec;
import org.gridgov.events.Topics;
import org.gridgov.events.cases.DepartmentFeedback;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Departments' own integrations report on {@code case.feedback}; the same as the REST feedback. */
@Component
class FeedbackListener {

    private final DispatchService dispatch;

    FeedbackListener(DispatchService dispatch) {
        this.dispatch = dispatch;
    }

    // A record waits on the database and on its offset commit far more than it computes: three
    // consumers share the partitions, and a case's feedback stays in order in its partition.
    @KafkaListener(topics = Topics.CASE_FEEDBACK, concurrency = "3")
    void on(CloudEvent event) {
        DepartmentFeedback feedback = CloudEventCodec.data(event, DepartmentFeedback.class);
        dispatch.record(event.getId(), feedback, Actor.department(feedback.departmentCode(), feedback.handlerId()),
                file -> { });
    }
}
