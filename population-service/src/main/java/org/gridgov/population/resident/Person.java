package org.gridgov.population.resident;

import java.time.LocalDate;

import org.gridgov.population.identity.IdCardNumber;
import org.gridgov.population.identity.PersonName;
import org.gridgov.population.identity.PhoneNumber;
import org.gridgov.population.identity.Sex;
import org.gridgov.runtime.privacy.Masking;

/**
 * The identifying data of a person, checked and in normal form: the name, the ID number (its check
 * digit valid, the sex and birth date given beside it matching it), the phone as digits. The same
 * rule serves the REST API and the census import. {@link #toString()} shows masks only.
 */
public record Person(String name, IdCardNumber idNumber, String phone) {

    /**
     * @throws org.gridgov.population.identity.InvalidIdentifierException naming the rule broken
     */
    public static Person of(String name, String idNumber, Sex sex, LocalDate birthDate, String phone, LocalDate today) {
        String normalName = PersonName.normalise(name == null ? "" : name);
        IdCardNumber number = IdCardNumber.parse(idNumber, today);
        number.requireConsistentWith(sex, birthDate);
        return new Person(normalName, number, PhoneNumber.normalise(phone));
    }

    public Sex sex() {
        return idNumber.sex();
    }

    public LocalDate birthDate() {
        return idNumber.birthDate();
    }

    @Override
    public String toString() {
        return "Person[" + Masking.name(name) + ", " + idNumber + "]";
    }
}
