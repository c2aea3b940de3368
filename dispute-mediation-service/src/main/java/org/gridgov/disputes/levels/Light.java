package org.gridgov.disputes.levels;

/** The deadline lights cases use too: green in time, yellow near the limit, red past it. */
public enum Light {
    GREEN, YELLOW, RED
}
