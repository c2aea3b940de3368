package org.gridgov.population.care;

/** The special groups whose members have a named carer and regular visits (特殊人群). */
public enum SpecialGroup {
    EMPTY_NEST_ELDERLY,
    LEFT_BEHIND_CHILD,
    DISABILITY,
    LOW_INCOME,
    RELEASED_PRISONER,
    COMMUNITY_CORRECTION,
    SERIOUS_MENTAL_ILLNESS,
    DRUG_REHABILITATION
}
