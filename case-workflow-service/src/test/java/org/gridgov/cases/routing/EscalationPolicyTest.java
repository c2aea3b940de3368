package org.gridgov.cases.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.cases.routing.Level.COUNTY;
import static org.gridgov.cases.routing.Level.GRID;
import static org.gridgov.cases.routing.Level.TOWN;
import static org.gridgov.cases.routing.Level.VILLAGE;
import static org.gridgov.cases.routing.RoutingMode.FLAT;
import static org.gridgov.cases.routing.RoutingMode.LEVEL_BY_LEVEL;

import java.util.Map;
import java.util.Optional;

import org.gridgov.cases.catalogue.CatalogueReader;
import org.gridgov.cases.catalogue.Category;
import org.gridgov.cases.catalogue.CategoryCatalogue;
import org.gridgov.cases.catalogue.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.core.io.ClassPathResource;

class EscalationPolicyTest {

    private static final CategoryCatalogue CATALOGUE =
            new CatalogueReader().read(new ClassPathResource("catalogue/categories-v1.yaml"));

    // Liling (seed 001): city, street, community, grid; the old compound Mafangtang No. 1.
    private static final Placement LILING_OLD_COMPOUND = new Placement("430281001004001", Map.of(
            GRID, "430281001004001", VILLAGE, "430281001004", TOWN, "430281001", COUNTY, "430281"),
            LEVEL_BY_LEVEL, Optional.of("w-mft-1"));
    // Nanhe (seed 002): a rural grid climbs grid, village, town, county.
    private static final Placement NANHE_RURAL = new Placement("130527100201001", Map.of(
            GRID, "130527100201001", VILLAGE, "130527100201", TOWN, "130527100", COUNTY, "130527"),
            LEVEL_BY_LEVEL, Optional.of("w-bjs-01"));
    // Nanhe (seed 002): an urban grid of the county seat reports flat to the county centre.
    private static final Placement NANHE_URBAN = new Placement("130527001001001", Map.of(
            GRID, "130527001001001", VILLAGE, "130527001001", TOWN, "130527001", COUNTY, "130527"),
            FLAT, Optional.of("w-dg-01"));

    private final EscalationPolicy policy = new EscalationPolicy();

    @Test
    void leakingRoofOfOneFlatStaysWithTheGridWorker() {
        EscalationPolicy.Route route = policy.atFiling(category("OLD_COMPOUND_ROOF_LEAK"), 3, false, LILING_OLD_COMPOUND);

        assertThat(route.held()).isEqualTo(new Placement.Held(GRID, "430281001004001"));
        assertThat(route.severity()).isEqualTo(Severity.NORMAL);
        assertThat(route.cause()).isEmpty();
    }

    @Test
    void leakingRoofsOfAWholeOldCompoundGoStraightToTheStreet() {
        EscalationPolicy.Route route = policy.atFiling(category("OLD_COMPOUND_ROOF_LEAK"), 280, false, LILING_OLD_COMPOUND);

        assertThat(route.held()).isEqualTo(new Placement.Held(TOWN, "430281001"));
        assertThat(route.severity()).isEqualTo(Severity.MAJOR);
        assertThat(route.cause()).contains(EscalationCause.SEVERITY);
    }

    @Test
    void leakingRoofTheGridWorkerCannotMendGoesUpToTheCommunity() {
        Placement.Held target = policy.escalation(GRID, LILING_OLD_COMPOUND);

        assertThat(target).isEqualTo(new Placement.Held(VILLAGE, "430281001004"));
    }

    @Test
    void urbanNanheGridGoesFlatToTheCountyCentre() {
        Placement.Held target = policy.escalation(GRID, NANHE_URBAN);

        assertThat(target).isEqualTo(new Placement.Held(COUNTY, "130527"));
    }

    @Test
    void categoryHeldAboveTheGridGoesToTheCountyFromAFlatGrid() {
        EscalationPolicy.Route route = policy.atFiling(category("ILLEGAL_BUILDING"), 1, false, NANHE_URBAN);

        assertThat(route.held()).isEqualTo(new Placement.Held(COUNTY, "130527"));
        assertThat(route.cause()).contains(EscalationCause.CATEGORY);
    }

    @Test
    void ruralNanheGridClimbsLevelByLevel() {
        Placement.Held village = policy.escalation(GRID, NANHE_RURAL);
        Placement.Held town = policy.escalation(village.level(), NANHE_RURAL);
        Placement.Held county = policy.escalation(town.level(), NANHE_RURAL);

        assertThat(village).isEqualTo(new Placement.Held(VILLAGE, "130527100201"));
        assertThat(town).isEqualTo(new Placement.Held(TOWN, "130527100"));
        assertThat(county).isEqualTo(new Placement.Held(COUNTY, "130527"));
        assertThatThrownBy(() -> policy.escalation(COUNTY, NANHE_RURAL)).isInstanceOf(NoLevelAboveException.class);
    }

    @Test
    void groupDisputeGoesStraightToTheTown() {
        EscalationPolicy.Route route = policy.atFiling(category("NEIGHBOUR_DISPUTE"), 12, false, NANHE_RURAL);

        assertThat(route.held()).isEqualTo(new Placement.Held(TOWN, "130527100"));
        assertThat(route.severity()).isEqualTo(Severity.MAJOR);
        assertThat(route.cause()).contains(EscalationCause.SEVERITY);
    }

    @Test
    void disputeBetweenTwoNeighboursStaysInTheGrid() {
        EscalationPolicy.Route route = policy.atFiling(category("NEIGHBOUR_DISPUTE"), 2, false, NANHE_RURAL);

        assertThat(route.held().level()).isEqualTo(GRID);
    }

    @Test
    void landDisputeWithARiskOfViolenceGoesToTheCounty() {
        EscalationPolicy.Route route = policy.atFiling(category("LAND_DISPUTE"), 4, true, NANHE_RURAL);

        assertThat(route.held()).isEqualTo(new Placement.Held(COUNTY, "130527"));
        assertThat(route.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(route.cause()).contains(EscalationCause.SEVERITY);
    }

    @Test
    void categoryHomeLevelFilesAboveTheGrid() {
        EscalationPolicy.Route route = policy.atFiling(category("ROAD_DAMAGE"), 1, false, NANHE_RURAL);

        assertThat(route.held()).isEqualTo(new Placement.Held(VILLAGE, "130527100201"));
        assertThat(route.cause()).contains(EscalationCause.CATEGORY);
    }

    @Test
    void severityRuleThatIsNotMetLeavesTheCaseAtItsHomeLevel() {
        EscalationPolicy.Route route = policy.atFiling(category("FOOD_SAFETY"), 1, false, NANHE_RURAL);

        assertThat(route.held()).isEqualTo(new Placement.Held(TOWN, "130527100"));
        assertThat(route.severity()).isEqualTo(Severity.NORMAL);
        assertThat(route.cause()).contains(EscalationCause.CATEGORY);
    }

    @Test
    void severityMoreThanTheHomeLevelNeedsIsCountedAsSeverity() {
        EscalationPolicy.Route route = policy.atFiling(category("FOOD_SAFETY"), 6, false, NANHE_RURAL);

        assertThat(route.held()).isEqualTo(new Placement.Held(COUNTY, "130527"));
        assertThat(route.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(route.cause()).contains(EscalationCause.SEVERITY);
    }

    @Test
    void riskFlagOnAnUrbanGridStillEndsAtTheCounty() {
        EscalationPolicy.Route route = policy.atFiling(category("FIRE_EXIT_BLOCKED"), 1, true, NANHE_URBAN);

        assertThat(route.held()).isEqualTo(new Placement.Held(COUNTY, "130527"));
        assertThat(route.cause()).contains(EscalationCause.SEVERITY);
    }

    @Test
    void territoryWithoutAVillageLevelSendsTheCaseToItsTown() {
        Placement gridUnderATown = new Placement("130527200001", Map.of(GRID, "130527200001", TOWN, "130527200",
                COUNTY, "130527"), LEVEL_BY_LEVEL, Optional.empty());

        Placement.Held target = policy.escalation(GRID, gridUnderATown);
        EscalationPolicy.Route filed = policy.atFiling(category("ROAD_DAMAGE"), 1, false, gridUnderATown);

        assertThat(target).isEqualTo(new Placement.Held(TOWN, "130527200"));
        assertThat(filed.held()).isEqualTo(new Placement.Held(TOWN, "130527200"));
    }

    @Test
    void territoryWithNothingAboveTheHolderRefusesToEscalate() {
        Placement villageOnly = new Placement("999999001001001", Map.of(GRID, "999999001001001", VILLAGE, "999999001001"),
                LEVEL_BY_LEVEL, Optional.empty());

        assertThatThrownBy(() -> policy.escalation(VILLAGE, villageOnly))
                .isInstanceOfSatisfying(NoLevelAboveException.class, refused -> assertThat(refused.level()).isEqualTo(VILLAGE));
    }

    @ParameterizedTest(name = "{0} in {1} mode goes to {2}")
    @CsvSource({
            "GRID,    LEVEL_BY_LEVEL, VILLAGE",
            "GRID,    FLAT,           COUNTY",
            "VILLAGE, LEVEL_BY_LEVEL, TOWN",
            "VILLAGE, FLAT,           TOWN",
            "TOWN,    LEVEL_BY_LEVEL, COUNTY",
            "TOWN,    FLAT,           COUNTY"})
    void eachLevelHasOneNextLevelPerMode(Level holding, RoutingMode mode, Level next) {
        assertThat(policy.nextLevel(holding, mode)).isEqualTo(next);
    }

    @ParameterizedTest
    @EnumSource(RoutingMode.class)
    void countyHasNoLevelAbove(RoutingMode mode) {
        assertThatThrownBy(() -> policy.nextLevel(COUNTY, mode)).isInstanceOf(NoLevelAboveException.class);
    }

    @ParameterizedTest(name = "{0} wanted in {1} mode is held at {2}")
    @CsvSource({
            "GRID,    LEVEL_BY_LEVEL, GRID",
            "VILLAGE, LEVEL_BY_LEVEL, VILLAGE",
            "TOWN,    LEVEL_BY_LEVEL, TOWN",
            "COUNTY,  LEVEL_BY_LEVEL, COUNTY",
            "GRID,    FLAT,           GRID",
            "VILLAGE, FLAT,           COUNTY",
            "TOWN,    FLAT,           COUNTY",
            "COUNTY,  FLAT,           COUNTY"})
    void flatGridsHaveNothingBetweenThemAndTheCounty(Level wanted, RoutingMode mode, Level held) {
        assertThat(policy.reachable(wanted, mode)).isEqualTo(held);
    }

    private static Category category(String code) {
        return CATALOGUE.find(code).orElseThrow();
    }
}
