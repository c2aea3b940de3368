package org.gridgov.population.census;

import java.time.LocalDate;
import java.util.List;

import org.gridgov.population.care.RiskLevel;
import org.gridgov.population.care.SpecialGroup;
import org.gridgov.population.household.Relation;
import org.gridgov.population.resident.Person;
import org.gridgov.population.resident.ResidenceStatus;

/**
 * A census row that passed every rule, in plaintext; sealed by {@link SealedEntry} before it is written.
 *
 * @param householdNumber the census household number (户编号), or null when the row names none
 * @param groups          the special groups the person is in, empty for most
 * @param carers          the staff accounts caring for them: as written, or the grid's grid worker
 */
record CensusEntry(int row, Person person, String gridCode, ResidenceStatus status, String ethnicity,
                   String registeredPlace, String address, String householdNumber, Relation relation,
                   List<SpecialGroup> groups, RiskLevel riskLevel, List<String> carers) {

    LocalDate birthDate() {
        return person.birthDate();
    }

    @Override
    public String toString() {
        return "CensusEntry[" + row + "]";
    }
}
