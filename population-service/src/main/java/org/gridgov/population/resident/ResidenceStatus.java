package org.gridgov.population.resident;

/** Where a person on the ledger lives relative to where their household is registered. */
public enum ResidenceStatus {
    /** Registered here and living here (户籍人口). */
    REGISTERED_RESIDENT,
    /** Registered here, living elsewhere in the county (人户分离). */
    LIVING_ELSEWHERE,
    /** Registered elsewhere, living here (流入人口). */
    FLOATING_IN,
    /** Registered here, gone to live and work outside (流出人口). */
    FLOATING_OUT;

    /** Whether the person counts among the grid's residents (lives here). */
    public boolean livesHere() {
        return this == REGISTERED_RESIDENT || this == FLOATING_IN;
    }
}
