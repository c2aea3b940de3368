package org.gridgov.runtime.sample;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

import org.gridgov.events.CloudEventCodec;
import org.gridgov.events.Topics;
import org.gridgov.events.cases.DepartmentFeedback;
import org.gridgov.testing.StreamedEvent;

/** Events a department's integration would write. */
final class SampleEvents {

    private SampleEvents() {
    }

    static StreamedEvent feedback(UUID caseId, String outcome) {
        DepartmentFeedback payload = new DepartmentFeedback(UUID.randomUUID(), caseId, "URBAN_MGMT", "handler-7",
                outcome, "cleared the site", Instant.parse("2026-11-23T08:00:00Z"));
        return new StreamedEvent(Topics.CASE_FEEDBACK, caseId.toString(), CloudEventCodec.toCloudEvent(
                payload.feedbackId().toString(), URI.create("/departments/urban-mgmt"), caseId.toString(),
                payload.reportedAt(), payload));
    }
}
