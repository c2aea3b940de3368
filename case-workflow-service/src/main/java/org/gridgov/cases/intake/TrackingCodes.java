package org.gridgov.cases.intake;

import java.security.SecureRandom;

/**
 * Tracking codes residents follow their case with, without an account: 10 characters of Crockford's
 * base32 (no I, L, O or U, so a code read out on the phone is not misheard), 50 random bits from a
 * secure source. Codes are not derived from anything, so one cannot be guessed from another.
 */
final class TrackingCodes {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    static final int LENGTH = 10;

    private final SecureRandom random = new SecureRandom();

    String next() {
        char[] code = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            code[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(code);
    }

}
