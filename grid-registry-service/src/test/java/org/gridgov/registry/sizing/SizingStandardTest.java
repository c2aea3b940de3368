package org.gridgov.registry.sizing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;

import org.gridgov.registry.population.Figures;
import org.gridgov.registry.population.GridCount;
import org.gridgov.registry.unit.Unit;
import org.gridgov.registry.unit.UnitKind;
import org.gridgov.registry.unit.UnitLevel;
import org.junit.jupiter.api.Test;

class SizingStandardTest {

    private final SizingStandard standard = new SizingStandard(100, 200, 10, 0.5);

    @Test
    void ruralGridOfAHundredHouseholdsMeetsTheStandard() {
        assertThat(assess(grid(UnitKind.RURAL, 100, 0))).isEmpty();
        assertThat(assess(grid(UnitKind.RURAL, 150, 0))).isEmpty();
    }

    @Test
    void ruralGridOfFortyHouseholdsIsTooSmall() {
        assertThat(assess(grid(UnitKind.RURAL, 40, 0))).hasValueSatisfying(finding -> {
            assertThat(finding.verdict()).isEqualTo(SizingStandard.Verdict.TOO_SMALL);
            assertThat(finding.standard()).isEqualTo(100);
            assertThat(finding.ratio()).isEqualTo(0.4);
        });
    }

    @Test
    void urbanGridIsMeasuredAgainstTwoHundredHouseholds() {
        assertThat(assess(grid(UnitKind.URBAN, 200, 0))).isEmpty();
        assertThat(assess(grid(UnitKind.URBAN, 320, 0)))
                .hasValueSatisfying(finding -> assertThat(finding.verdict()).isEqualTo(SizingStandard.Verdict.TOO_LARGE));
    }

    @Test
    void enterpriseGridCountsEnterprisesNotHouseholds() {
        assertThat(assess(grid(UnitKind.ENTERPRISE, 3, 10))).isEmpty();
        assertThat(assess(grid(UnitKind.ENTERPRISE, 300, 2)))
                .hasValueSatisfying(finding -> assertThat(finding.measure()).isEqualTo("enterprises"));
    }

    @Test
    void specialGridsAndVillagesHaveNoStandard() {
        assertThat(assess(grid(UnitKind.SPECIAL, 0, 0))).isEmpty();
        assertThat(assess(new Unit("130527101201", "130527101", "v", UnitLevel.VILLAGE, UnitKind.RURAL, 3, 0,
                null, null, false, 1, Instant.EPOCH))).isEmpty();
    }

    @Test
    void gridIsMeasuredByItsCountWhenPopulationHasCountedIt() {
        Unit declaredWithinStandard = grid(UnitKind.RURAL, 100, 0);
        Instant countedAt = Instant.parse("2026-11-20T08:00:00Z");
        GridCount count = new GridCount(declaredWithinStandard.code(), 38, 112, 0, 4, countedAt);

        Optional<SizingStandard.Finding> finding = standard.assess(declaredWithinStandard,
                Figures.of(declaredWithinStandard, count));

        assertThat(finding).hasValueSatisfying(found -> {
            assertThat(found.actual()).isEqualTo(38);
            assertThat(found.verdict()).isEqualTo(SizingStandard.Verdict.TOO_SMALL);
            assertThat(found.source()).isEqualTo(Figures.Source.COUNTED);
            assertThat(found.countedAt()).isEqualTo(countedAt);
        });
    }

    @Test
    void gridNotYetCountedIsMeasuredByItsDeclaredFigures() {
        Optional<SizingStandard.Finding> finding = assess(grid(UnitKind.RURAL, 40, 0));

        assertThat(finding).hasValueSatisfying(found -> {
            assertThat(found.source()).isEqualTo(Figures.Source.DECLARED);
            assertThat(found.countedAt()).isNull();
        });
    }

    private Optional<SizingStandard.Finding> assess(Unit unit) {
        return standard.assess(unit, Figures.of(unit, null));
    }

    private static Unit grid(UnitKind kind, int households, int enterprises) {
        return new Unit("130527101201001", "130527101201", "grid", UnitLevel.GRID, kind, households, enterprises, null,
                null, false, 1, Instant.EPOCH);
    }
}
