package org.gridgov.disputes.lifecycle;

/** A resident or a legal entity of population's ledger, or someone outside it whom only this service knows. */
public enum PartyKind {
    RESIDENT, ENTITY, OUTSIDER
}
