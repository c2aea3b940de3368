package org.gridgov.events.disputes;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.gridgov.events.EventType;

/**
 * A dispute was opened at the level its type, risk and size call for. The parties stay in
 * dispute-mediation: this event says how many people are involved, never who. Key: the dispute id.
 *
 * @param disputeId       the dispute's id in dispute-mediation; the Kafka key
 * @param type            {@code NEIGHBOURS}, {@code FAMILY_AND_MARRIAGE}, {@code LAND}, {@code PROPERTY_MANAGEMENT},
 *                        {@code MEDICAL}, {@code TRAFFIC_ACCIDENT}, {@code LABOUR}, {@code CONSUMER} or
 *                        {@code PETITION_INVOLVING_COURTS}
 * @param gridCode        the grid the dispute belongs to
 * @param unitCode        the unit that mediates it: the grid, or the village, town or county it was opened at
 * @param level           {@code GRID}, {@code VILLAGE}, {@code TOWN} or {@code COUNTY}
 * @param room            the county's specialist room ({@code MEDICAL}, {@code TRAFFIC_ACCIDENT},
 *                        {@code PROPERTY_MANAGEMENT}, {@code LABOUR}) or null when none
 * @param riskLevel       {@code LOW}, {@code MEDIUM} or {@code HIGH}
 * @param risks           what the dispute may turn into: {@code GROUP_INCIDENT}, {@code VIOLENCE}; empty when neither
 * @param peopleInvolved  how many people the dispute involves, at least one
 * @param amountInDispute the amount at stake in yuan, or null when no money is at stake
 * @param source          how it was found: {@code GRID_CHECK} (door to door), {@code CASE}, {@code WALK_IN},
 *                        {@code COURT_REFERRAL} or {@code POLICE_REFERRAL}
 * @param caseId          the case it was opened from; set when, and only when, the source is {@code CASE}
 * @param dueAt           when the level's time limit for settling it runs out
 * @param openedAt        when the dispute was opened
 */
@EventType(value = "org.gridgov.dispute.opened.v1", schema = "dispute/opened.v1.json")
public record DisputeOpened(UUID disputeId, String type, String gridCode, String unitCode, String level, String room,
                            String riskLevel, List<String> risks, int peopleInvolved, BigDecimal amountInDispute,
                            String source, UUID caseId, Instant dueAt, Instant openedAt) {
}
