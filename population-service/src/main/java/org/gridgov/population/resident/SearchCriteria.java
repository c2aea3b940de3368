package org.gridgov.population.resident;

import org.gridgov.population.care.SpecialGroup;

/** What a resident search filters on besides territory and the exact-match hashes. */
record SearchCriteria(ResidenceStatus status, SpecialGroup group, boolean includeLeft) {
}
