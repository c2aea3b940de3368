package org.gridgov.disputes.levels;

/** What a dispute may turn into: either sends it up at once. */
public enum Risk {
    GROUP_INCIDENT, VIOLENCE
}
