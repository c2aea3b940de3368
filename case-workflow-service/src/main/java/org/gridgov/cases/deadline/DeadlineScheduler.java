package org.gridgov.cases.deadline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;

import org.gridgov.cases.lifecycle.CaseChanges;
import org.gridgov.cases.lifecycle.CaseStore;
import org.gridgov.runtime.units.UnitReplica;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.SimpleAsyncTaskScheduler;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fires due deadlines: the yellow warnings, the overdues and the escalations they cause.
 *
 * <p>It finds them through the index on the next deadline of open cases, never by scanning cases.
 * Each case is taken with {@code FOR UPDATE SKIP LOCKED} and fired in its own transaction, which
 * also marks what fired: replicas scanning at the same time take different cases, and a deadline
 * fires once. Everything it needs is in the database, so a round right at start fires whatever fell
 * due while the service was down.
 */
public class DeadlineScheduler implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeadlineScheduler.class);
    private static final Duration WAITING_FOR_TERRITORY = Duration.ofMillis(200);

    private final CaseStore cases;
    private final CaseChanges changes;
    private final DeadlineEnforcement enforcement;
    private final TransactionTemplate transactions;
    private final DeadlineProperties properties;
    private final Clock clock;
    private final UnitReplica territory;
    private final ReentrantLock inRound = new ReentrantLock();
    private volatile SimpleAsyncTaskScheduler timer;
    private volatile ScheduledFuture<?> rounds;
    private volatile boolean running;

    /** @param territory the unit replica escalations route by; null where the service runs without one */
    DeadlineScheduler(CaseStore cases, CaseChanges changes, DeadlineEnforcement enforcement,
                      TransactionTemplate transactions, DeadlineProperties properties, Clock clock,
                      UnitReplica territory) {
        this.cases = cases;
        this.changes = changes;
        this.enforcement = enforcement;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
        this.territory = territory;
    }

    /**
     * Fires the deadlines due now, at most a batch of cases.
     *
     * @return how many cases were fired (or, failing, postponed)
     */
    public int fireDue() {
        Instant now = clock.instant();
        int fired = 0;
        while (fired < properties.batchSize()) {
            AtomicReference<UUID> taken = new AtomicReference<>();
            try {
                Boolean found = transactions.execute(status -> {
                    Optional<UUID> due = cases.lockNextDue(now);
                    due.ifPresent(caseId -> {
                        taken.set(caseId);
                        changes.apply(caseId, enforcement::fire);
                    });
                    return due.isPresent();
                });
                if (!Boolean.TRUE.equals(found)) {
                    return fired;
                }
            } catch (RuntimeException e) {
                if (taken.get() == null) {
                    throw e;
                }
                // One case that cannot be fired must not hold up the others behind it in the index.
                log.warn("Deadline of case {} could not be fired, next try in {}: {}", taken.get(),
                        properties.retryAfter(), e.toString());
                transactions.executeWithoutResult(status -> cases.postponeDeadline(taken.get(),
                        now.plus(properties.retryAfter())));
            }
            fired++;
        }
        return fired;
    }

    /** Fires everything due, a batch after another; one round at a time per instance. */
    private void round() {
        if (!running || !inRound.tryLock()) {
            return;
        }
        try {
            if (territory != null && !territory.isCaughtUp()) {
                // Escalating against half a territory could send a case nowhere: look again shortly.
                timer.schedule(this::round, Instant.now().plus(WAITING_FOR_TERRITORY));
                return;
            }
            while (running && fireDue() >= properties.batchSize()) {
                // More are due: the next batch at once.
            }
        } catch (RuntimeException e) {
            log.warn("Deadline round failed, next in {}: {}", properties.scanInterval(), e.toString());
        } finally {
            inRound.unlock();
        }
    }

    /** The first round runs at once: what fell due while the service was down fires now. */
    @Override
    public void start() {
        if (!properties.schedulerEnabled() || running) {
            return;
        }
        running = true;
        timer = new SimpleAsyncTaskScheduler();
        timer.setThreadNamePrefix("deadline-scheduler-");
        rounds = timer.scheduleWithFixedDelay(this::round, properties.scanInterval());
    }

    /** Lets a round in progress finish its case (each case is its own transaction), then stops. */
    @Override
    public void stop() {
        running = false;
        if (rounds != null) {
            rounds.cancel(false);
        }
        try {
            if (inRound.tryLock(10, TimeUnit.SECONDS)) {
                inRound.unlock();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (timer != null) {
            timer.close();
            timer = null;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** After the territory replica, before the outbox relay: stops before the relay that publishes its events. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 3072;
    }
}
