package org.gridgov.registry.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.registry.population.CountRules.Outcome.STALE;
import static org.gridgov.registry.population.CountRules.Outcome.STORED;
import static org.gridgov.registry.population.CountRules.Outcome.STORED_AND_REPUBLISHED;

import java.time.Instant;

import org.gridgov.registry.unit.Unit;
import org.gridgov.registry.unit.UnitKind;
import org.gridgov.registry.unit.UnitLevel;
import org.junit.jupiter.api.Test;

class CountRulesTest {

    private static final String GRID = "130527101201001";
    private static final Unit DECLARED_104_HOUSEHOLDS = grid(false);

    @Test
    void firstCountThatDiffersFromTheDeclaredFiguresRepublishesTheGrid() {
        GridCount first = count(1, 96, 290, 1);

        CountRules.Outcome outcome = CountRules.outcome(null, first, DECLARED_104_HOUSEHOLDS);

        assertThat(outcome).isEqualTo(STORED_AND_REPUBLISHED);
    }

    @Test
    void firstCountEqualToTheDeclaredFiguresIsStoredWithoutRepublishing() {
        GridCount first = count(1, 104, 310, 1);

        CountRules.Outcome outcome = CountRules.outcome(null, first, DECLARED_104_HOUSEHOLDS);

        assertThat(outcome).isEqualTo(STORED);
    }

    @Test
    void olderOrRepeatedVersionIsStale() {
        GridCount stored = count(3, 96, 290, 1);

        assertThat(CountRules.outcome(stored, count(2, 120, 300, 1), DECLARED_104_HOUSEHOLDS)).isEqualTo(STALE);
        assertThat(CountRules.outcome(stored, count(3, 120, 300, 1), DECLARED_104_HOUSEHOLDS)).isEqualTo(STALE);
    }

    @Test
    void newerCountIsComparedWithTheStoredCountNotTheDeclaredFigures() {
        GridCount stored = count(3, 96, 290, 1);

        CountRules.Outcome back = CountRules.outcome(stored, count(4, 104, 300, 1), DECLARED_104_HOUSEHOLDS);
        CountRules.Outcome moreEnterprises = CountRules.outcome(stored, count(4, 96, 290, 2), DECLARED_104_HOUSEHOLDS);

        assertThat(back).isEqualTo(STORED_AND_REPUBLISHED);
        assertThat(moreEnterprises).isEqualTo(STORED_AND_REPUBLISHED);
    }

    @Test
    void newerCountThatMovesOnlyResidentsLeavesThePublishedStateAlone() {
        GridCount stored = count(3, 96, 290, 1);

        CountRules.Outcome outcome = CountRules.outcome(stored, count(4, 96, 295, 1), DECLARED_104_HOUSEHOLDS);

        assertThat(outcome).isEqualTo(STORED);
    }

    @Test
    void countOfAGridTheRegistryDoesNotHoldOrHasRetiredIsOnlyStored() {
        GridCount first = count(1, 96, 290, 1);

        assertThat(CountRules.outcome(null, first, null)).isEqualTo(STORED);
        assertThat(CountRules.outcome(null, first, grid(true))).isEqualTo(STORED);
    }

    @Test
    void unitIsMeasuredByItsCountWhenThereIsOneElseByItsDeclaredFigures() {
        GridCount stored = count(3, 96, 290, 1);

        Figures counted = Figures.of(DECLARED_104_HOUSEHOLDS, stored);
        Figures declared = Figures.of(DECLARED_104_HOUSEHOLDS, null);

        assertThat(counted).isEqualTo(new Figures(96, 1, Figures.Source.COUNTED, stored.countedAt()));
        assertThat(declared).isEqualTo(new Figures(104, 1, Figures.Source.DECLARED, null));
    }

    private static GridCount count(long version, int households, int residents, int enterprises) {
        return new GridCount(GRID, households, residents, enterprises, version,
                Instant.parse("2026-11-20T08:00:00Z").plusSeconds(version));
    }

    private static Unit grid(boolean retired) {
        return new Unit(GRID, "130527101201", "贾宋第1村第1网格", UnitLevel.GRID, UnitKind.RURAL, 104, 1, null, null,
                retired, 5, Instant.EPOCH);
    }
}
