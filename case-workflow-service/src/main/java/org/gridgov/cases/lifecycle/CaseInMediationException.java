package org.gridgov.cases.lifecycle;

import java.util.UUID;

/** The case waits for the outcome of its dispute's mediation and does not take this action meanwhile: 409. */
public class CaseInMediationException extends CaseRuleException {

    private final CaseState state;
    private final CaseAction action;
    private final UUID disputeId;

    public CaseInMediationException(UUID caseId, CaseState state, CaseAction action, UUID disputeId) {
        super("in-mediation", "Case " + caseId + " waits for the mediation of dispute " + disputeId
                + " and cannot take the action " + action + " meanwhile.");
        this.state = state;
        this.action = action;
        this.disputeId = disputeId;
    }

    public CaseState state() {
        return state;
    }

    public CaseAction action() {
        return action;
    }

    public UUID disputeId() {
        return disputeId;
    }
}
