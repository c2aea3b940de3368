package org.gridgov.cases.intake;

import java.time.Instant;
import java.util.List;

import io.cloudevents.CloudEvent;
import org.gridgov.cases.lifecycle.Actor;
import org.gridgov.cases.lifecycle.Report;
import org.gridgov.events.CloudEventCodec;
import org.gridgov.events.EventSchemas;
import org.gridgov.events.Topics;
import org.gridgov.events.cases.CaseReported;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reports from external intake systems (hotline, sensors). The echo of our own REST intake, whose
 * outbox row committed with the case it reports, is dropped before it gets here ({@code ownReportEchoes}).
 */
@Component
class ReportedListener {

    private final IntakeService intake;

    ReportedListener(IntakeService intake) {
        this.intake = intake;
    }

    @KafkaListener(topics = Topics.CASE_REPORTED, filter = "ownReportEchoes")
    void on(CloudEvent event) {
        byte[] data = event.getData() == null ? new byte[0] : event.getData().toBytes();
        List<String> problems = EventSchemas.problems(event.getType(), data);
        if (!problems.isEmpty()) {
            // Not a report anyone can file, now or on retry: straight to case.reported.dlt.
            throw new CloudEventCodec.InvalidEventException("report " + event.getId() + " breaks its schema: " + problems, null);
        }
        CaseReported reported = CloudEventCodec.data(event, CaseReported.class);
        Instant reportedAt = reported.reportedAt();
        Report report = new Report(reported.reportId(), reported.category(), reported.description(),
                reported.longitude(), reported.latitude(), reported.gridCode(), reported.addressText(),
                reported.channel(), reported.photoUrls(), reported.peopleInvolved(), reported.riskFlag(),
                reported.reporterRef(), reportedAt);
        String reporter = reported.reporterRef() != null ? reported.reporterRef() : event.getSource().toString();
        intake.receive(report, new Actor(reporter, "INTAKE_SYSTEM"));
    }
}
