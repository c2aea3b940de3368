package org.gridgov.population.care;

/** Why a special-group membership ended. */
public enum LeavingReason {
    NO_LONGER_ELIGIBLE,
    MOVED_AWAY,
    DECEASED,
    ENTERED_IN_ERROR
}
