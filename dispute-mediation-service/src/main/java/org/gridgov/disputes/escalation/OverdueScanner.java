package org.gridgov.disputes.escalation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.gridgov.disputes.history.DisputeHistory;
import org.gridgov.disputes.levels.LevelRuleTable;
import org.gridgov.disputes.levels.UnknownUnitException;
import org.gridgov.disputes.lifecycle.Dispute;
import org.gridgov.disputes.lifecycle.DisputeRepository;
import org.gridgov.runtime.units.UnitReplica;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Answers every dispute whose level's time limit has run out ({@link OverdueRule}): escalated with cause
 * {@code OVERDUE}, or noted at the county. Everything it needs is in the database (the due time, and
 * whether an overrun was noted), so a restart loses nothing: the first scan after it answers the
 * deadlines that ran out meanwhile. Replicas scan side by side: each claims its batch with
 * {@code FOR UPDATE SKIP LOCKED} and rechecks it under the lock, so a dispute is answered once.
 */
@Component
public class OverdueScanner {

    /** The actor the history shows for what the deadlines did. */
    static final String ACTOR = "dispute-mediation.deadlines";

    private static final Logger log = LoggerFactory.getLogger(OverdueScanner.class);

    private final DisputeRepository disputes;
    private final OverdueRule rule;
    private final EscalationService escalations;
    private final DisputeHistory history;
    private final UnitReplica units;
    private final TransactionTemplate batch;
    private final TransactionTemplate eachDispute;
    private final OverdueProperties properties;
    private final Clock clock;

    OverdueScanner(DisputeRepository disputes, LevelRuleTable levels, EscalationService escalations,
                   DisputeHistory history, UnitReplica units, PlatformTransactionManager transactions,
                   OverdueProperties properties, Clock clock) {
        this.disputes = disputes;
        this.rule = new OverdueRule(levels);
        this.escalations = escalations;
        this.history = history;
        this.units = units;
        this.batch = new TransactionTemplate(transactions);
        // A savepoint per dispute: one that cannot be answered is rolled back alone and the batch goes on.
        this.eachDispute = new TransactionTemplate(transactions);
        this.eachDispute.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.properties = properties;
        this.clock = clock;
    }

    /** Answers every dispute overdue now, batch by batch, and says what it did. */
    public Scan scan() {
        if (!units.isCaughtUp()) {
            // Against half a territory every climb would find no unit above; the next round will see it whole.
            return Scan.NOTHING;
        }
        Instant now = clock.instant();
        Scan total = Scan.NOTHING;
        Scan round;
        do {
            round = batch.execute(status -> answerBatch(now));
            total = total.plus(round);
        } while (round.claimed() == properties.batchSize() && round.answered() > 0);
        if (total.claimed() > 0) {
            log.info("overdue disputes: {} escalated, {} noted at the top, {} failed", total.escalated(), total.noted(),
                    total.failed());
        }
        return total;
    }

    private Scan answerBatch(Instant now) {
        List<Dispute> due = disputes.lockOverdue(now, properties.batchSize());
        int escalated = 0;
        int noted = 0;
        int failed = 0;
        for (Dispute dispute : due) {
            try {
                OverdueRule.Consequence done = eachDispute.execute(status -> answer(dispute, now));
                if (done instanceof OverdueRule.Climb) {
                    escalated++;
                } else if (done instanceof OverdueRule.NoteAtTheTop) {
                    noted++;
                }
            } catch (RuntimeException e) {
                failed++;
                log.error("overdue dispute {} at {} could not be answered; retried next round", dispute.id(),
                        dispute.unitCode(), e);
            }
        }
        return new Scan(due.size(), escalated, noted, failed);
    }

    private OverdueRule.Consequence answer(Dispute dispute, Instant now) {
        OverdueRule.Consequence consequence = rule.consequence(dispute, now);
        if (consequence instanceof OverdueRule.Climb climb) {
            try {
                escalations.climb(dispute, climb.to(), EscalationCause.OVERDUE, null, ACTOR, now);
            } catch (UnknownUnitException e) {
                // The registry has no unit at the level above this grid: nowhere to climb, as at the county.
                note(dispute, now, "NO_UNIT_ABOVE");
                return new OverdueRule.NoteAtTheTop();
            }
        } else if (consequence instanceof OverdueRule.NoteAtTheTop) {
            note(dispute, now, "NO_LEVEL_ABOVE");
        }
        return consequence;
    }

    private void note(Dispute dispute, Instant now, String reason) {
        Dispute noted = dispute.overdueNoted(now);
        disputes.update(noted);
        // dispute.events has no event for an overrun that moves nothing: the history and the dispute keep it.
        history.note(noted, "overdue-noted", ACTOR, now, new OverdueNoted(dispute.id(), dispute.unitCode(),
                dispute.level().name(), dispute.room() == null ? null : dispute.room().name(), reason, dispute.dueAt(),
                now));
        log.warn("dispute {} is overdue at {} ({}) with nowhere to climb ({}): noted", dispute.id(), dispute.unitCode(),
                dispute.level(), reason);
    }

    /**
     * What one scan did.
     *
     * @param claimed   overdue disputes claimed under lock
     * @param escalated of them, escalated with cause {@code OVERDUE}
     * @param noted     of them, noted where nothing is above
     * @param failed    of them, left for the next round after an error
     */
    public record Scan(int claimed, int escalated, int noted, int failed) {

        static final Scan NOTHING = new Scan(0, 0, 0, 0);

        int answered() {
            return escalated + noted;
        }

        Scan plus(Scan other) {
            return new Scan(claimed + other.claimed, escalated + other.escalated, noted + other.noted,
                    failed + other.failed);
        }
    }

    /** The history's record of an overrun noted: where, why nothing moved, and which deadline it was. */
    record OverdueNoted(UUID disputeId, String unitCode, String level, String room, String reason,
                        Instant dueAt, Instant notedAt) {
    }
}
