package org.gridgov.population.care;

/** What a visit was for. */
public enum VisitKind {
    ROUTINE,
    SPECIAL_GROUP_CARE,
    FOLLOW_UP,
    FLOATING_POPULATION_CHECK,
    DISPUTE_CHECK
}
