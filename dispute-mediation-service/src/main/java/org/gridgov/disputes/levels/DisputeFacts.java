package org.gridgov.disputes.levels;

import java.math.BigDecimal;
import java.util.Set;

/** What the rule table looks at to place a dispute. */
public record DisputeFacts(DisputeType type, RiskLevel riskLevel, Set<Risk> risks, int peopleInvolved,
                           BigDecimal amountInDispute) {

    public DisputeFacts {
        risks = risks == null ? Set.of() : Set.copyOf(risks);
    }
}
