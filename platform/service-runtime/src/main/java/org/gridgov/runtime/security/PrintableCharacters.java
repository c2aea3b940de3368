package org.gridgov.runtime.security;

/**
 * The rule of Spring Security's {@code StrictHttpFirewall} for header names and values (assigned
 * code points, no control characters; a tab allowed in values), checked by a loop instead of the
 * firewall's regular expressions. The regular expressions ran over every header each time a header
 * was read: a bearer token is some 800 characters and is read several times per request, which made
 * them a tenth of the gateway's CPU.
 */
final class PrintableCharacters {

    private PrintableCharacters() {
    }

    /** What {@code [\p{IsAssigned}&&[^\p{IsControl}]]*} matches. */
    static boolean name(String text) {
        return allowed(text, false);
    }

    /** What {@code [\p{IsAssigned}&&[[^\p{IsControl}]||\t]]*} matches. */
    static boolean value(String text) {
        return allowed(text, true);
    }

    private static boolean allowed(String text, boolean tab) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            // The common case first: printable ASCII.
            if (c < 0x20 || c >= 0x7f) {
                boolean control = Character.getType(c) == Character.CONTROL;
                if (!Character.isDefined(c) || control && !(tab && c == '\t')) {
                    return false;
                }
            }
            i += Character.charCount(c);
        }
        return true;
    }
}
