package org.gridgov.events.cases;

import java.time.Instant;
import java.util.UUID;

import org.gridgov.events.EventType;

/**
 * The case is closed and its reporter may rate the result: verified on site, or ended by the
 * dispute it went to mediation for (settled, or referred to a legal channel).
 *
 * @param caseId           the case's id; the Kafka key
 * @param unitCode         the unit holding the case when it closed
 * @param category         the case's category code
 * @param onTime           whether every stage finished within its time limit (time in mediation does not count)
 * @param closedAt         when the case closed
 * @param cause            {@code VERIFIED}, {@code SETTLED} or {@code REFERRED}; null on events written before
 *                         the cause was published, which were all {@code VERIFIED}
 * @param disputeId        the dispute that closed the case, for {@code SETTLED} and {@code REFERRED}; else null
 * @param agreementId      the mediation agreement, for {@code SETTLED}; else null
 * @param referralChannel  {@code LITIGATION}, {@code ARBITRATION} or {@code PETITION}, for {@code REFERRED}; else null
 * @param referralBodyCode the court, arbitration commission or petition office, for {@code REFERRED}; else null
 */
@EventType(value = "org.gridgov.case.closed.v1", schema = "case/closed.v1.json")
public record CaseClosed(UUID caseId, String unitCode, String category, boolean onTime, Instant closedAt,
                         String cause, UUID disputeId, UUID agreementId, String referralChannel,
                         String referralBodyCode) {

    /** A case closed by verification on site, as v1 carried it before the cause was added. */
    public CaseClosed(UUID caseId, String unitCode, String category, boolean onTime, Instant closedAt) {
        this(caseId, unitCode, category, onTime, closedAt, null, null, null, null, null);
    }
}
