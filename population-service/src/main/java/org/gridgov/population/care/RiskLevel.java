package org.gridgov.population.care;

/** How closely a member of a special group is watched. */
public enum RiskLevel {
    LOW,
    MEDIUM,
    HIGH
}
