package org.gridgov.registry.sizing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.gridgov.registry.unit.Unit;
import org.gridgov.registry.unit.UnitKind;
import org.gridgov.registry.unit.UnitLevel;
import org.junit.jupiter.api.Test;

class SizingStandardTest {

    private final SizingStandard standard = new SizingStandard(100, 200, 10, 0.5);

    @Test
    void ruralGridOfAHundredHouseholdsMeetsTheStandard() {
        assertThat(standard.assess(grid(UnitKind.RURAL, 100, 0))).isEmpty();
        assertThat(standard.assess(grid(UnitKind.RURAL, 150, 0))).isEmpty();
    }

    @Test
    void ruralGridOfFortyHouseholdsIsTooSmall() {
        assertThat(standard.assess(grid(UnitKind.RURAL, 40, 0))).hasValueSatisfying(finding -> {
            assertThat(finding.verdict()).isEqualTo(SizingStandard.Verdict.TOO_SMALL);
            assertThat(finding.standard()).isEqualTo(100);
            assertThat(finding.ratio()).isEqualTo(0.4);
        });
    }

    @Test
    void urbanGridIsMeasuredAgainstTwoHundredHouseholds() {
        assertThat(standard.assess(grid(UnitKind.URBAN, 200, 0))).isEmpty();
        assertThat(standard.assess(grid(UnitKind.URBAN, 320, 0)))
                .hasValueSatisfying(finding -> assertThat(finding.verdict()).isEqualTo(SizingStandard.Verdict.TOO_LARGE));
    }

    @Test
    void enterpriseGridCountsEnterprisesNotHouseholds() {
        assertThat(standard.assess(grid(UnitKind.ENTERPRISE, 3, 10))).isEmpty();
        assertThat(standard.assess(grid(UnitKind.ENTERPRISE, 300, 2)))
                .hasValueSatisfying(finding -> assertThat(finding.measure()).isEqualTo("enterprises"));
    }

    @Test
    void specialGridsAndVillagesHaveNoStandard() {
        assertThat(standard.assess(grid(UnitKind.SPECIAL, 0, 0))).isEmpty();
        assertThat(standard.assess(new Unit("130527101201", "130527101", "v", UnitLevel.VILLAGE, UnitKind.RURAL, 3, 0,
                null, null, false, 1, Instant.EPOCH))).isEmpty();
    }

    private static Unit grid(UnitKind kind, int households, int enterprises) {
        return new Unit("130527101201001", "130527101201", "grid", UnitLevel.GRID, kind, households, enterprises, null,
                null, false, 1, Instant.EPOCH);
    }
}
