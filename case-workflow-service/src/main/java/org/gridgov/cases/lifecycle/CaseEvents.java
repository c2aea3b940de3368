package org.gridgov.cases.lifecycle;

import java.util.ArrayList;
import java.util.List;

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

    /**
     * Publishes what happened to the case, in the transaction of the change, in order: one batch
     * of outbox rows whatever their number, since every round trip to the database holds the
     * change's transaction open a little longer.
     */
    public void publish(CaseFile file, List<?> events) {
        outbox.appendAll(rows(file, events, new ArrayList<>(events.size() * 2)));
        events.forEach(event -> meters.published(file, event));
    }

    /**
     * Publishes a report taken in through the REST API, for other readers of {@code case.reported}
     * (its ce_id is the report id, keyed by its grid or the county that takes it), and then what it
     * became, in the same batch.
     */
    public void publishReported(CaseReported report, String reportKey, CaseFile file, List<?> events) {
        String reportId = report.reportId().toString();
        List<EventOutbox.Event> rows = new ArrayList<>(events.size() * 2 + 1);
        rows.add(new EventOutbox.Event(Topics.CASE_REPORTED, reportKey, reportId, reportId, report));
        outbox.appendAll(rows(file, events, rows));
        events.forEach(event -> meters.published(file, event));
    }

    /** Every event on {@code case.events} keyed by the case, with its routing copy where it has one. */
    private static List<EventOutbox.Event> rows(CaseFile file, List<?> events, List<EventOutbox.Event> rows) {
        String key = file.id().toString();
        for (Object event : events) {
            EventOutbox.Event fact = EventOutbox.Event.of(Topics.CASE_EVENTS, key, event);
            rows.add(fact);
            switch (event) {
                // The same fact, under the same ce_id, keyed by whoever must act on it now.
                case CaseEscalated escalated -> rows.add(new EventOutbox.Event(Topics.CASE_ESCALATED,
                        escalated.targetUnitCode(), key, fact.eventId(), escalated));
                case CaseDispatched dispatched -> rows.add(new EventOutbox.Event(Topics.CASE_DISPATCHED,
                        dispatched.departmentCode(), key, fact.eventId(), dispatched));
                default -> {
                }
            }
        }
        return rows;
    }
}
