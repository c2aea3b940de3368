package org.gridgov.disputes.lifecycle;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.gridgov.disputes.levels.DisputeFacts;
import org.gridgov.disputes.levels.DisputeType;
import org.gridgov.disputes.levels.Level;
import org.gridgov.disputes.levels.Placement;
import org.gridgov.disputes.levels.Risk;
import org.gridgov.disputes.levels.RiskLevel;
import org.gridgov.disputes.levels.Room;

/**
 * A dispute as stored: what it is about, where it is mediated now and since when.
 *
 * @param summarySealed the staff's summary of the dispute, encrypted: free text may name the parties
 * @param arrivedAt     when the dispute arrived at its current level (opened, escalated or reopened there);
 *                      the level's time limit counts from here
 * @param overdueNotedAt when the time limit ran out at a level with nowhere to climb (the county), so the
 *                      overrun was noted instead of escalated; null otherwise, and again once the dispute moves
 *                      or reopens
 */
public record Dispute(UUID id, DisputeType type, String gridCode, String unitCode, Level level, Room room,
                      RiskLevel riskLevel, Set<Risk> risks, int peopleInvolved, BigDecimal amountInDispute,
                      Source source, UUID caseId, String summarySealed, DisputeState state, Instant openedAt,
                      Instant arrivedAt, Instant dueAt, int reopenCount, Instant overdueNotedAt) {

    public Dispute {
        risks = Set.copyOf(risks);
    }

    public DisputeFacts facts() {
        return new DisputeFacts(type, riskLevel, risks, peopleInvolved, amountInDispute);
    }

    public Placement placement() {
        return new Placement(level, room);
    }

    public Dispute in(DisputeState next) {
        return new Dispute(id, type, gridCode, unitCode, level, room, riskLevel, risks, peopleInvolved, amountInDispute,
                source, caseId, summarySealed, next, openedAt, arrivedAt, dueAt, reopenCount, overdueNotedAt);
    }

    /** The dispute mediated from now on by {@code unit} at {@code placement}, its time limit restarted. */
    public Dispute movedTo(String unit, Placement placement, Instant at, Instant due) {
        return new Dispute(id, type, gridCode, unit, placement.level(), placement.room(), riskLevel, risks, peopleInvolved,
                amountInDispute, source, caseId, summarySealed, DisputeState.OPEN, openedAt, at, due, reopenCount, null);
    }

    /** The dispute open again at its level after an agreement was not performed. */
    public Dispute reopened(Instant at, Instant due) {
        return new Dispute(id, type, gridCode, unitCode, level, room, riskLevel, risks, peopleInvolved, amountInDispute,
                source, caseId, summarySealed, DisputeState.OPEN, openedAt, at, due, reopenCount + 1, null);
    }

    /** The dispute with the risk a mediator found it carries now; where it is mediated does not change here. */
    public Dispute withRisk(RiskLevel raisedLevel, Set<Risk> raisedRisks) {
        return new Dispute(id, type, gridCode, unitCode, level, room, raisedLevel, raisedRisks, peopleInvolved,
                amountInDispute, source, caseId, summarySealed, state, openedAt, arrivedAt, dueAt, reopenCount,
                overdueNotedAt);
    }

    /** The dispute with its overrun noted, where it could not climb any higher. */
    public Dispute overdueNoted(Instant at) {
        return new Dispute(id, type, gridCode, unitCode, level, room, riskLevel, risks, peopleInvolved, amountInDispute,
                source, caseId, summarySealed, state, openedAt, arrivedAt, dueAt, reopenCount, at);
    }
}
