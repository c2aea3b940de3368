package org.gridgov.disputes.lifecycle;

public enum Side {
    APPLICANT, RESPONDENT, THIRD_PARTY
}
