package org.gridgov.population.identity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;

import org.gridgov.runtime.privacy.Masking;

/**
 * A resident identity card number (公民身份号码) per GB 11643-1999: six digits of the region where it
 * was issued, the birth date as {@code yyyyMMdd}, a three-digit sequence whose last digit is odd for
 * men and even for women, and a check character (ISO 7064 MOD 11-2, {@code X} standing for 10).
 *
 * <p>{@link #toString()} is masked: the number never reaches a log line by accident.
 */
public final class IdCardNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK_CHARACTERS = "10X98765432".toCharArray();
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1880, 1, 1);

    private final String value;
    private final LocalDate birthDate;
    private final Sex sex;

    private IdCardNumber(String value, LocalDate birthDate, Sex sex) {
        this.value = value;
        this.birthDate = birthDate;
        this.sex = sex;
    }

    /**
     * Reads a number as written: surrounding blanks and a lower-case {@code x} are accepted.
     *
     * @param today births after this day are refused
     * @throws InvalidIdentifierException naming the reason (never the number)
     */
    public static IdCardNumber parse(String written, LocalDate today) {
        if (written == null || written.isBlank()) {
            throw new InvalidIdentifierException("id-number-missing", "the ID number is missing");
        }
        String value = written.strip().toUpperCase(Locale.ROOT);
        if (value.length() != 18) {
            throw new InvalidIdentifierException("id-number-length", "an ID number has 18 characters");
        }
        for (int i = 0; i < 17; i++) {
            if (!isDigit(value.charAt(i))) {
                throw new InvalidIdentifierException("id-number-characters", "the first 17 characters of an ID number are digits");
            }
        }
        char last = value.charAt(17);
        if (!isDigit(last) && last != 'X') {
            throw new InvalidIdentifierException("id-number-characters", "the last character of an ID number is a digit or X");
        }
        if (value.charAt(0) == '0' || value.charAt(0) == '9') {
            throw new InvalidIdentifierException("id-number-region", "the ID number does not begin with a region code");
        }
        if (checkCharacterOf(value.substring(0, 17)) != last) {
            throw new InvalidIdentifierException("id-number-check-digit", "the check digit of the ID number is wrong (GB 11643)");
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(Integer.parseInt(value.substring(6, 10)), Integer.parseInt(value.substring(10, 12)),
                    Integer.parseInt(value.substring(12, 14)));
        } catch (DateTimeException e) {
            throw new InvalidIdentifierException("id-number-birth-date", "the ID number holds no valid birth date");
        }
        if (birth.isBefore(EARLIEST_BIRTH) || birth.isAfter(today)) {
            throw new InvalidIdentifierException("id-number-birth-date", "the birth date in the ID number is out of range");
        }
        Sex sex = (value.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
        return new IdCardNumber(value, birth, sex);
    }

    /** The check character of the first 17 characters (the region, birth date and sequence). */
    public static char checkCharacterOf(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS[sum % 11];
    }

    /**
     * Refuses a sex or birth date given beside the number that the number contradicts; a missing one
     * is taken from the number.
     */
    public void requireConsistentWith(Sex givenSex, LocalDate givenBirthDate) {
        if (givenSex != null && givenSex != sex) {
            throw new InvalidIdentifierException("id-number-sex-mismatch", "the sex given does not match the ID number");
        }
        if (givenBirthDate != null && !givenBirthDate.equals(birthDate)) {
            throw new InvalidIdentifierException("id-number-birth-date-mismatch", "the birth date given does not match the ID number");
        }
    }

    /** The 18 characters, upper case: the normal form hashed for lookups. */
    public String value() {
        return value;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public Sex sex() {
        return sex;
    }

    /** The six-digit region code of issue. */
    public String regionCode() {
        return value.substring(0, 6);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IdCardNumber that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return Masking.idNumber(value);
    }
}
