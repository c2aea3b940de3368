package org.gridgov.population.identity;

/**
 * A phone number reduced to its digits, the normal form hashed for lookups: {@code 138-1234-5678},
 * {@code +86 138 1234 5678} and {@code 13812345678} are the same number.
 */
public final class PhoneNumber {

    private PhoneNumber() {
    }

    /** The digits of a mobile (11 digits from 1) or landline (area code and number, 7 to 12 digits). */
    public static String normalise(String written) {
        if (written == null || written.isBlank()) {
            return null;
        }
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c != ' ' && c != '-' && c != '+' && c != '(' && c != ')') {
                throw new InvalidIdentifierException("phone-characters", "a phone number holds digits, spaces, '-', '+' and brackets");
            }
        }
        String value = digits.toString();
        if (value.startsWith("86") && value.length() == 13) {
            value = value.substring(2);
        }
        if (value.length() == 11 && value.charAt(0) == '1') {
            return value;
        }
        if (value.length() >= 7 && value.length() <= 12 && value.charAt(0) != '1') {
            return value;
        }
        throw new InvalidIdentifierException("phone-format", "a phone number is a mobile of 11 digits or a landline of 7 to 12");
    }
}
