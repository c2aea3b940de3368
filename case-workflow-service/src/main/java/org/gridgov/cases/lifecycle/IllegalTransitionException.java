package org.gridgov.cases.lifecycle;

/** The loop does not allow this action in the state the case is in: answered 409. */
public class IllegalTransitionException extends CaseRuleException {

    private final CaseState state;
    private final CaseAction action;

    public IllegalTransitionException(CaseState state, CaseAction action) {
        super("illegal-transition", "A case in state " + state + " cannot take the action " + action + ".");
        this.state = state;
        this.action = action;
    }

    public CaseState state() {
        return state;
    }

    public CaseAction action() {
        return action;
    }
}
