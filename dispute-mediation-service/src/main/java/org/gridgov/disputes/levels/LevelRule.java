package org.gridgov.disputes.levels;

import java.math.BigDecimal;
import java.util.Set;

/**
 * One row of the level rule table: when a dispute matches every condition given (an absent
 * condition matches anything), it opens at {@code level} or higher.
 *
 * @param types          the dispute types the row is about; empty for any type
 * @param riskAtLeast    the lowest risk level the row applies to, or null
 * @param anyRisk        the row applies when the dispute carries one of these risks; empty for none needed
 * @param peopleMoreThan the row applies when more people than this are involved, or null
 * @param amountAtLeast  the row applies when at least this amount is at stake, in yuan, or null
 * @param level          where a matching dispute opens at least
 */
public record LevelRule(Set<DisputeType> types, RiskLevel riskAtLeast, Set<Risk> anyRisk, Integer peopleMoreThan,
                        BigDecimal amountAtLeast, Level level) {

    public LevelRule {
        types = types == null ? Set.of() : Set.copyOf(types);
        anyRisk = anyRisk == null ? Set.of() : Set.copyOf(anyRisk);
        if (level == null) {
            throw new IllegalArgumentException("a level rule needs a level");
        }
    }

    boolean matches(DisputeFacts facts) {
        return (types.isEmpty() || types.contains(facts.type()))
                && (riskAtLeast == null || facts.riskLevel().atLeast(riskAtLeast))
                && (anyRisk.isEmpty() || facts.risks().stream().anyMatch(anyRisk::contains))
                && (peopleMoreThan == null || facts.peopleInvolved() > peopleMoreThan)
                && (amountAtLeast == null || facts.amountInDispute() != null
                        && facts.amountInDispute().compareTo(amountAtLeast) >= 0);
    }
}
