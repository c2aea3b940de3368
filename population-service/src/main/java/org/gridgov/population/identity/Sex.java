package org.gridgov.population.identity;

/** Sex as an ID number records it. */
public enum Sex {
    MALE,
    FEMALE
}
