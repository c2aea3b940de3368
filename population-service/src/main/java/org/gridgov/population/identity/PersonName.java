package org.gridgov.population.identity;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * A person's name in the normal form both stored and hashed for the exact name search: NFKC (full-width
 * letters and compatibility characters folded), no blanks, the middle dot of minority names (·, •, .)
 * written one way.
 */
public final class PersonName {

    // Compiled once: a census import normalises hundreds of thousands of names.
    private static final Pattern BLANKS = Pattern.compile("\\s+");
    private static final Pattern DOTS = Pattern.compile("[•・.．]");

    private PersonName() {
    }

    public static String normalise(String written) {
        if (written == null) {
            return null;
        }
        String folded = DOTS.matcher(BLANKS.matcher(Normalizer.normalize(written, Normalizer.Form.NFKC)).replaceAll(""))
                .replaceAll("·");
        if (folded.isEmpty() || folded.codePointCount(0, folded.length()) > 60) {
            throw new InvalidIdentifierException("name-length", "a name has 1 to 60 characters");
        }
        return folded;
    }
}
