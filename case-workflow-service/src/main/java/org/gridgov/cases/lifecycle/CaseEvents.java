package org.gridgov.cases.lifecycle;

import org.gridgov.events.Topics;
import org.gridgov.events.cases.CaseDispatched;
import org.gridgov.events.cases.CaseEscalated;
import org.gridgov.events.cases.CaseReported;
import org.gridgov.runtime.outbox.EventOutbox;
import org.springframework.stereotype.Component;

/**
 * Publishes what happened to a case through the outbox, in the transaction of the change: every
 * event on {@code case.events} keyed by the case, and the routing copies that let each level and
 * each department read only its own slice.
 */
@Component
public class CaseEvents {

    private final EventOutbox outbox;
    private final CaseMeters meters;

    CaseEvents(EventOutbox outbox, CaseMeters meters) {
        this.outbox = outbox;
        this.meters = meters;
    }

    /** Publishes what happened to the case, in the transaction of the change. */
    public void publish(CaseFile file, Object event) {
        String key = file.id().toString();
        String eventId = outbox.append(Topics.CASE_EVENTS, key, event);
        switch (event) {
            // The same fact, under the same ce_id, keyed by whoever must act on it now.
            case CaseEscalated escalated -> outbox.append(Topics.CASE_ESCALATED, escalated.targetUnitCode(), key,
                    eventId, escalated);
            case CaseDispatched dispatched -> outbox.append(Topics.CASE_DISPATCHED, dispatched.departmentCode(), key,
                    eventId, dispatched);
            default -> {
            }
        }
        meters.published(file, event);
    }

    /** A report taken in through the REST API, for other readers of {@code case.reported}; its ce_id is the report id. */
    public void publishReported(CaseReported report, String gridCode) {
        String reportId = report.reportId().toString();
        outbox.append(Topics.CASE_REPORTED, gridCode, reportId, reportId, report);
    }
}
