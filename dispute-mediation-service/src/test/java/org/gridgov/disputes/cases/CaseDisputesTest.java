package org.gridgov.disputes.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.gridgov.disputes.levels.RiskLevel;
import org.junit.jupiter.api.Test;

class CaseDisputesTest {

    @Test
    void caseSeverityGivesTheDisputesRiskLevel() {
        assertThat(CaseDisputes.riskOf("NORMAL")).isEqualTo(RiskLevel.LOW);
        assertThat(CaseDisputes.riskOf("MAJOR")).isEqualTo(RiskLevel.MEDIUM);
        assertThat(CaseDisputes.riskOf("CRITICAL")).isEqualTo(RiskLevel.HIGH);
    }
}
