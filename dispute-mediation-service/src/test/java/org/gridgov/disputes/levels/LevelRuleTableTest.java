package org.gridgov.disputes.levels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.disputes.levels.DisputeType.*;
import static org.gridgov.disputes.levels.Level.COUNTY;
import static org.gridgov.disputes.levels.Level.GRID;
import static org.gridgov.disputes.levels.Level.TOWN;
import static org.gridgov.disputes.levels.Level.VILLAGE;
import static org.gridgov.disputes.levels.RiskLevel.HIGH;
import static org.gridgov.disputes.levels.RiskLevel.LOW;
import static org.gridgov.disputes.levels.RiskLevel.MEDIUM;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The level rule table as application.yaml configures it, on the seeds' examples. */
class LevelRuleTableTest {

    private final LevelRuleTable table = ConfiguredLevels.table();

    @Test
    void lowRiskQuarrelBetweenTwoNeighboursStaysInTheGrid() {
        Placement placement = table.place(facts(NEIGHBOURS, LOW, Set.of(), 2, null));

        assertThat(placement).isEqualTo(new Placement(GRID, null));
    }

    @Test
    void neighboursQuarrelThatIsHeatingUpGoesToTheVillageCommittee() {
        Placement placement = table.place(facts(NEIGHBOURS, MEDIUM, Set.of(), 3, null));

        assertThat(placement).isEqualTo(new Placement(VILLAGE, null));
    }

    @Test
    void medicalDisputeGoesToTheCountysMedicalRoom() {
        Placement placement = table.place(facts(MEDICAL, LOW, Set.of(), 2, new BigDecimal("80000")));

        assertThat(placement).isEqualTo(new Placement(COUNTY, Room.MEDICAL));
    }

    @Test
    void landDisputeWithThirtyVillagersGoesToTheTownAtOnce() {
        Placement placement = table.place(facts(LAND, MEDIUM, Set.of(), 30, null));

        assertThat(placement).isEqualTo(new Placement(TOWN, null));
    }

    @Test
    void landDisputeBetweenTwoFamiliesIsTheVillagesMatter() {
        Placement placement = table.place(facts(LAND, LOW, Set.of(), 2, null));

        assertThat(placement.level()).isEqualTo(VILLAGE);
    }

    @Test
    void riskOfViolenceOrAGroupIncidentSendsEvenASmallQuarrelToTheTown() {
        assertThat(table.place(facts(NEIGHBOURS, LOW, Set.of(Risk.VIOLENCE), 2, null)).level()).isEqualTo(TOWN);
        assertThat(table.place(facts(FAMILY_AND_MARRIAGE, LOW, Set.of(Risk.GROUP_INCIDENT), 2, null)).level()).isEqualTo(TOWN);
    }

    @Test
    void moreThanTenPeopleGoToTheTownButTenStayInTheVillage() {
        assertThat(table.place(facts(NEIGHBOURS, LOW, Set.of(), 11, null)).level()).isEqualTo(TOWN);
        assertThat(table.place(facts(NEIGHBOURS, LOW, Set.of(), 10, null)).level()).isEqualTo(VILLAGE);
    }

    @Test
    void highRiskGoesToTheTown() {
        assertThat(table.place(facts(CONSUMER, HIGH, Set.of(), 1, null)).level()).isEqualTo(TOWN);
    }

    @Test
    void largeAmountGoesToTheTown() {
        assertThat(table.place(facts(FAMILY_AND_MARRIAGE, LOW, Set.of(), 2, new BigDecimal("100000"))).level()).isEqualTo(TOWN);
        assertThat(table.place(facts(FAMILY_AND_MARRIAGE, LOW, Set.of(), 2, new BigDecimal("99999.99"))).level()).isEqualTo(GRID);
    }

    @Test
    void wageArrearsStartAtTheTownAndReachTheCountysLabourRoomWithMoreThanThirtyWorkers() {
        assertThat(table.place(facts(LABOUR, LOW, Set.of(), 8, null))).isEqualTo(new Placement(TOWN, null));
        assertThat(table.place(facts(LABOUR, MEDIUM, Set.of(), 45, null))).isEqualTo(new Placement(COUNTY, Room.LABOUR));
    }

    @Test
    void trafficAccidentGoesToTheCountysTrafficRoom() {
        assertThat(table.place(facts(TRAFFIC_ACCIDENT, LOW, Set.of(), 2, null)))
                .isEqualTo(new Placement(COUNTY, Room.TRAFFIC_ACCIDENT));
    }

    @Test
    void propertyManagementStartsInTheCommunityAndAWholeEstateGoesToTheCountysRoom() {
        assertThat(table.place(facts(PROPERTY_MANAGEMENT, LOW, Set.of(), 4, null))).isEqualTo(new Placement(VILLAGE, null));
        assertThat(table.place(facts(PROPERTY_MANAGEMENT, MEDIUM, Set.of(), 120, null)))
                .isEqualTo(new Placement(COUNTY, Room.PROPERTY_MANAGEMENT));
    }

    @Test
    void petitionInvolvingTheCourtsStartsAtTheTownWhereItsCourtSits() {
        assertThat(table.place(facts(PETITION_INVOLVING_COURTS, LOW, Set.of(), 1, null)).level()).isEqualTo(TOWN);
    }

    @Test
    void disputeFromACaseNeverOpensBelowTheLevelTheCaseWasFiledAt() {
        DisputeFacts quarrel = facts(NEIGHBOURS, LOW, Set.of(), 1, null);

        assertThat(table.place(quarrel, TOWN)).isEqualTo(new Placement(TOWN, null));
        assertThat(table.place(facts(MEDICAL, LOW, Set.of(), 1, null), GRID)).isEqualTo(new Placement(COUNTY, Room.MEDICAL));
    }

    @Test
    void failedMediationClimbsOneLevelAndTakesTheCountyRoomOfItsType() {
        assertThat(table.above(GRID, NEIGHBOURS)).isEqualTo(new Placement(VILLAGE, null));
        assertThat(table.above(VILLAGE, PROPERTY_MANAGEMENT)).isEqualTo(new Placement(TOWN, null));
        assertThat(table.above(TOWN, PROPERTY_MANAGEMENT)).isEqualTo(new Placement(COUNTY, Room.PROPERTY_MANAGEMENT));
        assertThat(table.above(TOWN, LAND)).isEqualTo(new Placement(COUNTY, null));
    }

    @Test
    void nothingLiesAboveTheCounty() {
        assertThatThrownBy(() -> table.above(COUNTY, LAND))
                .isInstanceOf(NoLevelAboveException.class)
                .extracting("level").isEqualTo(COUNTY);
    }

    @ParameterizedTest
    @EnumSource(DisputeType.class)
    void everyTypeAtEveryRiskAndSizeIsPlacedWithRoomsOnlyAtTheCounty(DisputeType type) {
        for (RiskLevel risk : RiskLevel.values()) {
            for (int people : List.of(1, 5, 6, 10, 11, 30, 31, 500)) {
                Placement placement = table.place(facts(type, risk, Set.of(), people, null));

                assertThat(placement.room() == null || placement.level() == COUNTY).isTrue();
                assertThat(table.place(facts(type, risk, Set.of(Risk.VIOLENCE), people, null)).level())
                        .as("violence never stays below the town").isIn(TOWN, COUNTY);
                if (people > 10) {
                    assertThat(placement.level()).as("%s people", people).isIn(TOWN, COUNTY);
                }
            }
        }
    }

    @Test
    void rowWithoutConditionsIsAFloorForEveryDispute() {
        LevelRuleTable villageFirst = new LevelRuleTable(
                List.of(new LevelRule(Set.of(), null, Set.of(), null, null, VILLAGE)), Map.of());

        assertThat(villageFirst.place(facts(NEIGHBOURS, LOW, Set.of(), 1, null)).level()).isEqualTo(VILLAGE);
    }

    @Test
    void onlyTheCountyHasRooms() {
        assertThatThrownBy(() -> new Placement(TOWN, Room.MEDICAL)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unitCodeLengthGivesItsLevel() {
        assertThat(Level.ofUnitCode("130527")).isEqualTo(COUNTY);
        assertThat(Level.ofUnitCode("130527100")).isEqualTo(TOWN);
        assertThat(Level.ofUnitCode("130527100201")).isEqualTo(VILLAGE);
        assertThat(Level.ofUnitCode("130527100201001")).isEqualTo(GRID);
        assertThat(Level.ofUnitCode("130527100201001002")).isEqualTo(GRID);
    }

    private static DisputeFacts facts(DisputeType type, RiskLevel risk, Set<Risk> risks, int people, BigDecimal amount) {
        return new DisputeFacts(type, risk, risks, people, amount);
    }
}
