package org.gridgov.cases.lifecycle;

import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.gridgov.events.EventTypes;
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
    private final MeterRegistry meters;

    CaseEvents(EventOutbox outbox, MeterRegistry meters) {
        this.outbox = outbox;
        this.meters = meters;
    }

    public void publish(UUID caseId, Object event) {
        String key = caseId.toString();
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
        meters.counter("gridgov.cases.events", "type", EventTypes.typeOf(event.getClass())).increment();
    }

    /** A report taken in through the REST API, for other readers of {@code case.reported}; its ce_id is the report id. */
    public void publishReported(CaseReported report, String gridCode) {
        String reportId = report.reportId().toString();
        outbox.append(Topics.CASE_REPORTED, gridCode, reportId, reportId, report);
    }
}
