package org.gridgov.disputes.levels;

/**
 * Where a dispute is mediated. "Small matters stay in the grid, big ones in the village, hard ones
 * in the town" (Nanhe, seed 002); what the town cannot settle goes to the county's
 * conflict-mediation centre.
 */
public enum Level {
    GRID, VILLAGE, TOWN, COUNTY;

    /** The level a failed mediation climbs to. */
    public Level above() {
        return switch (this) {
            case GRID -> VILLAGE;
            case VILLAGE -> TOWN;
            case TOWN -> COUNTY;
            case COUNTY -> throw new NoLevelAboveException(this);
        };
    }

    public boolean isAbove(Level other) {
        return compareTo(other) > 0;
    }

    public static Level higherOf(Level one, Level other) {
        return one.isAbove(other) ? one : other;
    }

    /**
     * The level of a unit, read from its code: 6 digits a county, 9 a town, 12 a village, longer a
     * grid or micro-grid (the national division codes the registry uses).
     */
    public static Level ofUnitCode(String unitCode) {
        return switch (unitCode.length()) {
            case 6 -> COUNTY;
            case 9 -> TOWN;
            case 12 -> VILLAGE;
            default -> GRID;
        };
    }
}
