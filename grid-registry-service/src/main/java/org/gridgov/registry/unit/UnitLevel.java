package org.gridgov.registry.unit;

import java.util.Arrays;
import java.util.Optional;

/**
 * The levels of the territory. The code of an administrative unit is its national statistical
 * division code (6 digits county, 9 town, 12 village); each grid level adds 3 digits, so the level
 * of a unit follows from the length of its code.
 */
public enum UnitLevel {
    COUNTY(6),
    TOWN(9),
    VILLAGE(12),
    GRID(15),
    MICRO_GRID(18);

    private final int codeLength;

    UnitLevel(int codeLength) {
        this.codeLength = codeLength;
    }

    public int codeLength() {
        return codeLength;
    }

    /** The level whose codes have this length. */
    public static Optional<UnitLevel> ofCodeLength(int length) {
        return Arrays.stream(values()).filter(level -> level.codeLength == length).findFirst();
    }

    /** The level of the parent, empty for a county. */
    public Optional<UnitLevel> above() {
        return ordinal() == 0 ? Optional.empty() : Optional.of(values()[ordinal() - 1]);
    }

    /** Grids and micro-grids, as opposed to administrative units. */
    public boolean isGrid() {
        return this == GRID || this == MICRO_GRID;
    }
}
