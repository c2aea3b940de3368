package org.gridgov.population.protection;

import java.util.regex.Pattern;

import org.gridgov.runtime.privacy.KeyedHash;
import org.gridgov.runtime.privacy.PersonalDataCipher;
import org.gridgov.runtime.privacy.SealedAt;
import org.springframework.stereotype.Component;

/**
 * Population's use of the platform's cipher and keyed hash: what is sealed for storage and which
 * normal form each lookup hash is taken of. Each hash is prefixed by its kind, so an ID number, a
 * phone and a name never share a hash even where their text would.
 */
@Component
public class PersonalData {

    /** A person's birth date, sealed to its row: it is in no list, and the ID number already holds it. */
    public static final SealedAt.Column BIRTH_DATE = SealedAt.column("resident", "birth_date");
    /** The group of a special-group membership (PIPL Art. 28 sensitive), sealed to its row. */
    public static final SealedAt.Column SPECIAL_GROUP = SealedAt.column("special_group_membership", "group_code");

    private static final Pattern BLANKS = Pattern.compile("\\s+");

    private final PersonalDataCipher cipher;
    private final KeyedHash hash;

    PersonalData(PersonalDataCipher cipher, KeyedHash hash) {
        this.cipher = cipher;
        this.hash = hash;
    }

    /** The stored form of a value; null stays null. */
    public String seal(String plaintext) {
        return cipher.encrypt(plaintext);
    }

    /** The plaintext of a stored value; null stays null. */
    public String open(String stored) {
        return cipher.decrypt(stored);
    }

    /** The stored form of a value bound to its place, so it cannot be copied to another row; null stays null. */
    public String seal(String plaintext, SealedAt place) {
        return cipher.encrypt(plaintext, place);
    }

    /** The plaintext of a value stored at its place; null stays null. */
    public String open(String stored, SealedAt place) {
        return cipher.decrypt(stored, place);
    }

    /**
     * Of a special group inside a grid, to find a grid's members of a group in SQL. Keyed by grid, so
     * the eight groups do not show as eight values repeated across the county, whose frequencies alone
     * would tell them apart; a membership that follows its member to another grid takes its hash again.
     */
    public String groupHash(String gridCode, String group) {
        return hash.of("special-group:" + gridCode + ":" + group);
    }

    /** Of an ID number in its normal form ({@code IdCardNumber.value()}). */
    public String idNumberHash(String idNumber) {
        return hash.of("id-number:" + idNumber);
    }

    /** Of a phone reduced to its digits ({@code PhoneNumber.normalise}). */
    public String phoneHash(String digits) {
        return digits == null ? null : hash.of("phone:" + digits);
    }

    /** Of a full name in its normal form ({@code PersonName.normalise}). */
    public String nameHash(String name) {
        return hash.of("name:" + name);
    }

    /** Of an address inside a grid, blanks removed: the same house written twice is found again. */
    public String addressHash(String gridCode, String address) {
        return hash.of("address:" + gridCode + ":" + BLANKS.matcher(address).replaceAll(""));
    }

    /** Of a census household number (户编号) inside a grid. */
    public String householdKey(String gridCode, String householdNumber) {
        return hash.of("household:" + gridCode + ":" + householdNumber.strip());
    }
}
