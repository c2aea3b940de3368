package org.gridgov.cases.lifecycle;

import java.time.Duration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.gridgov.cases.routing.Level;
import org.gridgov.events.EventTypes;
import org.gridgov.events.cases.CaseAssigned;
import org.gridgov.events.cases.CaseClosed;
import org.gridgov.events.cases.CaseEscalated;
import org.gridgov.events.cases.CaseOverdue;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The business meters the operations dashboard reads (deploy/base/monitoring): reports taken in,
 * arrivals at each level, overdue deadlines, time from report to close, and every event by type.
 * Counted when the change commits, so a rolled-back change counts nothing.
 */
@Component
public class CaseMeters {

    private final MeterRegistry meters;
    private final Counter reported;
    private final Counter overdue;
    private final Timer timeToClose;

    CaseMeters(MeterRegistry meters) {
        this.meters = meters;
        this.reported = Counter.builder("gridgov.cases.reported")
                .description("Reports taken in from every channel, filed, rejected or linked as duplicates")
                .register(meters);
        this.overdue = Counter.builder("gridgov.cases.overdue")
                .description("Deadlines of cases that passed").register(meters);
        this.timeToClose = Timer.builder("gridgov.cases.time.to.close")
                .description("From the report to the close of a case")
                .publishPercentileHistogram()
                // Cases close in minutes to weeks; the default range of a timer ends at 30 s.
                .minimumExpectedValue(Duration.ofMinutes(1))
                .maximumExpectedValue(Duration.ofDays(90))
                .register(meters);
        for (Level level : Level.values()) {
            escalated(level.name());
        }
    }

    /** A report came in, whatever became of it. */
    public void reported() {
        afterCommit(reported::increment);
    }

    void published(CaseFile file, Object event) {
        String type = EventTypes.typeOf(event.getClass());
        afterCommit(() -> {
            meters.counter("gridgov.cases.events", "type", type).increment();
            switch (event) {
                case CaseAssigned assigned -> escalated(Level.GRID.name()).increment();
                case CaseEscalated escalated -> escalated(escalated.level()).increment();
                case CaseOverdue late -> overdue.increment();
                case CaseClosed closed -> timeToClose.record(Duration.between(file.report().reportedAt(), closed.closedAt()));
                default -> {
                }
            }
        });
    }

    /** Arrivals at a level: assignments to a grid worker count as arrivals at GRID. */
    private Counter escalated(String level) {
        return Counter.builder("gridgov.cases.escalated").tag("level", level)
                .description("Cases arriving at a level (GRID: assigned to the grid worker)").register(meters);
    }

    private static void afterCommit(Runnable count) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            count.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                count.run();
            }
        });
    }
}
