package org.gridgov.disputes.levels;

/** How likely a dispute is to get worse if it is not settled soon. */
public enum RiskLevel {
    LOW, MEDIUM, HIGH;

    public boolean atLeast(RiskLevel other) {
        return compareTo(other) >= 0;
    }
}
