package org.gridgov.disputes.lifecycle;

/** What staff do to a dispute; the state machine says in which states each is allowed. */
public enum DisputeAction {
    ADD_PARTY, SCHEDULE_SESSION, RECORD_SESSION, RAISE_RISK, SETTLE, ESCALATE, REFER, FOLLOW_UP
}
