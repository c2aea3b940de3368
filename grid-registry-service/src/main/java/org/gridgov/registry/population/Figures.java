package org.gridgov.registry.population;

import java.time.Instant;

import org.gridgov.registry.unit.Unit;

/**
 * The households and enterprises a unit is measured and published by: population's latest count of
 * it when there is one (who really lives and trades there), else the figures declared when the
 * unit was put or imported.
 *
 * @param countedAt when population counted them; null for declared figures
 */
public record Figures(int households, int enterprises, Source source, Instant countedAt) {

    public enum Source {
        COUNTED,
        DECLARED
    }

    /** The unit's figures, given its stored count or null when population has not counted it. */
    public static Figures of(Unit unit, GridCount count) {
        if (count == null) {
            return new Figures(unit.households(), unit.enterprises(), Source.DECLARED, null);
        }
        return new Figures(count.households(), count.enterprises(), Source.COUNTED, count.countedAt());
    }

    /** Whether the published state of a unit would read the same: it carries households and enterprises only. */
    boolean sameNumbersAs(Figures other) {
        return households == other.households && enterprises == other.enterprises;
    }
}
