package org.gridgov.population.identity;

import java.text.Normalizer;

/**
 * A person's name in the normal form both stored and hashed for the exact name search: NFKC (full-width
 * letters and compatibility characters folded), no blanks, the middle dot of minority names (·, •, .)
 * written one way.
 */
public final class PersonName {

    private PersonName() {
    }

    public static String normalise(String written) {
        if (written == null) {
            return null;
        }
        String folded = Normalizer.normalize(written, Normalizer.Form.NFKC)
                .replaceAll("\\s+", "")
                .replaceAll("[•・.．]", "·");
        if (folded.isEmpty() || folded.codePointCount(0, folded.length()) > 60) {
            throw new InvalidIdentifierException("name-length", "a name has 1 to 60 characters");
        }
        return folded;
    }
}
