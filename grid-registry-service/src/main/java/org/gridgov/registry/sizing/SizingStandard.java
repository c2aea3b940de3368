package org.gridgov.registry.sizing;

import java.time.Instant;
import java.util.Optional;

import org.gridgov.registry.population.Figures;
import org.gridgov.registry.unit.Unit;
import org.gridgov.registry.unit.UnitKind;
import org.gridgov.registry.unit.UnitLevel;

/**
 * The sizing standard of grids (Nanhe, seed 002): about 100 households per rural grid, 200 per
 * urban grid, 10 enterprises per enterprise grid. A grid further than {@code tolerance} (a share
 * of the standard) from it is flagged. Special grids (a school, a market) have no standard. A grid
 * is measured by population's count where there is one, else by its declared figures.
 */
public final class SizingStandard {

    private final int ruralHouseholds;
    private final int urbanHouseholds;
    private final int enterpriseEnterprises;
    private final double tolerance;

    public SizingStandard(int ruralHouseholds, int urbanHouseholds, int enterpriseEnterprises, double tolerance) {
        this.ruralHouseholds = ruralHouseholds;
        this.urbanHouseholds = urbanHouseholds;
        this.enterpriseEnterprises = enterpriseEnterprises;
        this.tolerance = tolerance;
    }

    /**
     * How a grid departs from the standard.
     *
     * @param source    whether {@code actual} is population's count or the declared figure
     * @param countedAt when population counted it; null for a declared figure
     */
    public record Finding(String code, String name, UnitKind kind, String measure, int actual, int standard,
                          double ratio, Verdict verdict, Figures.Source source, Instant countedAt) {
    }

    public enum Verdict {
        TOO_SMALL,
        TOO_LARGE
    }

    /** The finding for a grid outside the standard; empty for one within it, or for a unit that is not a grid. */
    public Optional<Finding> assess(Unit unit, Figures figures) {
        if (unit.level() != UnitLevel.GRID) {
            return Optional.empty();
        }
        return switch (unit.kind()) {
            case RURAL -> compare(unit, figures, "households", figures.households(), ruralHouseholds);
            case URBAN -> compare(unit, figures, "households", figures.households(), urbanHouseholds);
            case ENTERPRISE -> compare(unit, figures, "enterprises", figures.enterprises(), enterpriseEnterprises);
            case SPECIAL -> Optional.empty();
        };
    }

    private Optional<Finding> compare(Unit unit, Figures figures, String measure, int actual, int standard) {
        double ratio = (double) actual / standard;
        Verdict verdict = ratio < 1 - tolerance ? Verdict.TOO_SMALL : ratio > 1 + tolerance ? Verdict.TOO_LARGE : null;
        return Optional.ofNullable(verdict).map(found -> new Finding(unit.code(), unit.name(), unit.kind(), measure,
                actual, standard, Math.round(ratio * 100) / 100.0, found, figures.source(), figures.countedAt()));
    }
}
