package org.gridgov.runtime.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TerritoryTest {

    // Nanhe county 130527, one of its towns, a village of that town, a grid of that village.
    private static final String COUNTY = "130527";
    private static final String TOWN = "130527100";
    private static final String VILLAGE = "130527100201";
    private static final String GRID = "130527100201001";

    @Test
    void townCoversItsVillagesAndGrids() {
        Territory town = Territory.of(List.of(TOWN));

        assertThat(town.covers(TOWN)).isTrue();
        assertThat(town.covers(VILLAGE)).isTrue();
        assertThat(town.covers(GRID)).isTrue();
    }

    @Test
    void townDoesNotCoverItsCountyOrANeighbouringTown() {
        Territory town = Territory.of(List.of(TOWN));

        assertThat(town.covers(COUNTY)).isFalse();
        assertThat(town.covers("130527101")).isFalse();
        assertThat(town.covers(null)).isFalse();
    }

    @Test
    void gridWorkerOverlapsTheCountyListingButDoesNotCoverTheCounty() {
        Territory grid = Territory.of(List.of(GRID));

        assertThat(grid.overlaps(COUNTY)).isTrue();
        assertThat(grid.covers(COUNTY)).isFalse();
        assertThat(grid.overlaps("130527101")).isFalse();
    }

    @Test
    void callerWithoutScopeCoversNothingAndAdministratorCoversEverything() {
        assertThat(Territory.of(List.of()).covers(GRID)).isFalse();
        assertThat(Territory.of(List.of(" ")).covers(GRID)).isFalse();
        assertThat(Territory.everywhere().covers(GRID)).isTrue();
    }

    @Test
    void severalSubtreesAreCoveredTogether() {
        // An answerable cadre answers for two grids (seed 004).
        Territory cadre = Territory.of(List.of(GRID, "130527100201002"));

        assertThat(cadre.covers("130527100201002")).isTrue();
        assertThat(cadre.covers("130527100201003")).isFalse();
    }

    @Test
    void aScopeThatIsNoUnitCodeCoversNothing() {
        // "13" is a province's prefix, not a unit of the registry: it must not open the province.
        Territory province = Territory.of(List.of("13", "1305271", "13052710x", " "));

        assertThat(province.covers(COUNTY)).isFalse();
        assertThat(province.covers(GRID)).isFalse();
        assertThat(province.roots()).isEmpty();
    }

    @Test
    void wellFormedEntriesOfAScopeStayWhenOthersAreDropped() {
        Territory mixed = Territory.of(List.of("13", TOWN, "130527100201001001"));

        assertThat(mixed.roots()).containsExactlyInAnyOrder(TOWN, "130527100201001001");
        assertThat(mixed.covers(GRID)).isTrue();
        assertThat(mixed.covers("130528")).isFalse();
    }
}
