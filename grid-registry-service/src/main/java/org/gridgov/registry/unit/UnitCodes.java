package org.gridgov.registry.unit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The shape of unit codes: a 6-digit county code, then 3 digits per level below it, so every code
 * begins with its parent's and the ancestors of a unit are the prefixes of its code.
 */
public final class UnitCodes {

    private static final Pattern SHAPE = Pattern.compile("[0-9]{6}([0-9]{3}){0,4}");

    private UnitCodes() {
    }

    public static boolean isWellFormed(String code) {
        return code != null && SHAPE.matcher(code).matches();
    }

    /** The code of the parent, empty for a county. */
    public static Optional<String> parentOf(String code) {
        return code.length() > UnitLevel.COUNTY.codeLength()
                ? Optional.of(code.substring(0, code.length() - 3))
                : Optional.empty();
    }

    /** The codes from the county down to the unit itself. */
    public static List<String> chainOf(String code) {
        List<String> chain = new ArrayList<>();
        for (int length = UnitLevel.COUNTY.codeLength(); length <= code.length(); length += 3) {
            chain.add(code.substring(0, length));
        }
        return chain;
    }
}
