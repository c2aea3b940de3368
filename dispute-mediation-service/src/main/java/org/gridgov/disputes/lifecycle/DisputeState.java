package org.gridgov.disputes.lifecycle;

/**
 * Where a dispute stands. {@code OPEN}: being mediated at its level. {@code SETTLED}: the parties
 * confirmed an agreement, its performance is awaited. {@code CLOSED}: the agreement was performed.
 * {@code REFERRED}: handed to a court, an arbitration body or the petition office.
 */
public enum DisputeState {
    OPEN, SETTLED, CLOSED, REFERRED
}
