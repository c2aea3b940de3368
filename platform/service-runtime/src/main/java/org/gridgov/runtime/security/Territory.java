package org.gridgov.runtime.security;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * The part of the county a caller governs, as the unit codes of the subtrees it holds
 * (the token's {@code grid_scope} claim). A unit's code begins with its parent's code, so a caller
 * governing town 130527100 governs every village and grid whose code begins with it.
 *
 * <p>Only unit codes count: 6 digits for a county, then 3 per level below it (town 9, village 12,
 * grid 15, micro-grid 18). Any other entry of a scope is dropped, since as a bare prefix it would
 * open far more than any unit: {@code "13"} would cover every county of a province.
 */
public final class Territory {

    private static final int COUNTY_CODE_LENGTH = 6;
    private static final int LEVEL_CODE_LENGTH = 3;
    private static final int MICRO_GRID_CODE_LENGTH = 18;

    private static final Territory EVERYWHERE = new Territory(Set.of(), true);
    private static final Territory NOWHERE = new Territory(Set.of(), false);

    private final Set<String> roots;
    private final boolean everywhere;

    private Territory(Set<String> roots, boolean everywhere) {
        this.roots = roots;
        this.everywhere = everywhere;
    }

    /** The subtrees below the given unit codes; an entry that is no unit code is ignored. */
    public static Territory of(Collection<String> unitCodes) {
        Set<String> roots = new TreeSet<>();
        for (String code : unitCodes) {
            if (isUnitCode(code)) {
                roots.add(code);
            }
        }
        return roots.isEmpty() ? NOWHERE : new Territory(Set.copyOf(roots), false);
    }

    /** Whether the text has the shape of a unit code, from a county's down to a micro-grid's. */
    public static boolean isUnitCode(String code) {
        if (code == null || code.length() < COUNTY_CODE_LENGTH || code.length() > MICRO_GRID_CODE_LENGTH
                || (code.length() - COUNTY_CODE_LENGTH) % LEVEL_CODE_LENGTH != 0) {
            return false;
        }
        for (int i = 0; i < code.length(); i++) {
            if (code.charAt(i) < '0' || code.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** The whole platform (administrators). */
    public static Territory everywhere() {
        return EVERYWHERE;
    }

    /** No unit at all (a caller with no {@code grid_scope}). */
    public static Territory nowhere() {
        return NOWHERE;
    }

    /** Whether the unit lies inside this territory: the caller may see and change what belongs to it. */
    public boolean covers(String unitCode) {
        if (everywhere) {
            return true;
        }
        if (unitCode == null) {
            return false;
        }
        for (String root : roots) {
            if (unitCode.startsWith(root)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether some of the subtree below {@code unitCode} lies inside this territory, so a listing
     * of that subtree has something to show the caller.
     */
    public boolean overlaps(String unitCode) {
        if (covers(unitCode)) {
            return true;
        }
        return roots.stream().anyMatch(root -> root.startsWith(unitCode));
    }

    /** The unit codes at the top of the caller's subtrees; empty for everywhere and nowhere. */
    public Set<String> roots() {
        return roots;
    }

    public boolean isEverywhere() {
        return everywhere;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Territory that && everywhere == that.everywhere && roots.equals(that.roots);
    }

    @Override
    public int hashCode() {
        return roots.hashCode() * 31 + Boolean.hashCode(everywhere);
    }

    @Override
    public String toString() {
        return everywhere ? "Territory[everywhere]" : "Territory" + roots;
    }
}
