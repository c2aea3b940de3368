package org.gridgov.population.identity;

import java.util.Locale;

/**
 * A unified social credit code (统一社会信用代码) per GB 32100-2015: registering authority, kind of
 * organisation, six-digit region, nine-character organisation code and a check character, 18 in all,
 * from 31 characters (digits and capitals without I, O, S, V, Z), the check being MOD 31 over the
 * first 17 with weights 3^i mod 31.
 */
public record UnifiedSocialCreditCode(String value) {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    /** Reads a code as written (surrounding blanks and lower case accepted). */
    public static UnifiedSocialCreditCode parse(String written) {
        if (written == null || written.isBlank()) {
            throw new InvalidIdentifierException("credit-code-missing", "the unified social credit code is missing");
        }
        String value = written.strip().toUpperCase(Locale.ROOT);
        if (value.length() != 18) {
            throw new InvalidIdentifierException("credit-code-length", "a unified social credit code has 18 characters");
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(value.charAt(i)) < 0) {
                throw new InvalidIdentifierException("credit-code-characters",
                        "a unified social credit code uses digits and capitals other than I, O, S, V and Z");
            }
        }
        for (int i = 2; i < 8; i++) {
            if (!Character.isDigit(value.charAt(i))) {
                throw new InvalidIdentifierException("credit-code-region", "characters 3 to 8 of a credit code are a region code");
            }
        }
        if (checkCharacterOf(value.substring(0, 17)) != value.charAt(17)) {
            throw new InvalidIdentifierException("credit-code-check-digit", "the check character of the credit code is wrong (GB 32100)");
        }
        return new UnifiedSocialCreditCode(value);
    }

    /** The check character of the first 17 characters. */
    public static char checkCharacterOf(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return ALPHABET.charAt(check);
    }

    /** The six-digit region code where the organisation registered. */
    public String regionCode() {
        return value.substring(2, 8);
    }
}
