package org.gridgov.population.census;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.gridgov.population.care.RiskLevel;
import org.gridgov.population.care.SpecialGroup;
import org.gridgov.population.household.Relation;
import org.gridgov.population.identity.IdCardNumber;
import org.gridgov.population.resident.ResidenceStatus;
import org.junit.jupiter.api.Test;

class CensusRowRuleTest {

    private static final String GRID = "130527100201001";
    private static final String OTHER_GRID = "130527100202001";
    private static final String ID = "130527194801010028";

    private final CensusRowRule rule = new CensusRowRule(LocalDate.of(2026, 3, 1), code -> code.startsWith("130527100"),
            code -> code.startsWith("130527100201"), code -> Optional.of("gw-" + code));

    @Test
    void rowWithEveryColumnBecomesAnEntry() {
        CensusEntry entry = rule.check(row(Map.of(Column.NAME, "王秀英", Column.ID_NUMBER, ID, Column.SEX, "女",
                Column.BIRTH_DATE, "1948/1/1", Column.GRID_CODE, GRID, Column.HOUSEHOLD_NUMBER, "H1",
                Column.RELATION, "户主", Column.STATUS, "人户分离", Column.SPECIAL_GROUPS, "空巢老人、低保户",
                Column.RISK_LEVEL, "中")));

        assertThat(entry.person().sex().name()).isEqualTo("FEMALE");
        assertThat(entry.relation()).isEqualTo(Relation.HEAD);
        assertThat(entry.status()).isEqualTo(ResidenceStatus.LIVING_ELSEWHERE);
        assertThat(entry.groups()).containsExactly(SpecialGroup.EMPTY_NEST_ELDERLY, SpecialGroup.LOW_INCOME);
        assertThat(entry.riskLevel()).isEqualTo(RiskLevel.MEDIUM);
        assertThat(entry.carers()).containsExactly("gw-" + GRID);
    }

    @Test
    void missingCategoryMeansRegisteredResidentAndMissingRelationInAHouseholdMeansOther() {
        CensusEntry entry = rule.check(row(Map.of(Column.NAME, "王秀英", Column.ID_NUMBER, ID, Column.GRID_CODE, GRID,
                Column.HOUSEHOLD_NUMBER, "H1")));

        assertThat(entry.status()).isEqualTo(ResidenceStatus.REGISTERED_RESIDENT);
        assertThat(entry.relation()).isEqualTo(Relation.OTHER);
        assertThat(entry.groups()).isEmpty();
    }

    @Test
    void eachBrokenRuleIsNamedWithItsColumn() {
        assertThat(reason(Map.of(Column.NAME, "王秀英", Column.ID_NUMBER, "130527194801010029", Column.GRID_CODE, GRID)))
                .isEqualTo("id-number-check-digit|公民身份号码");
        assertThat(reason(Map.of(Column.NAME, "王秀英", Column.ID_NUMBER, ID, Column.GRID_CODE, "130527200201001")))
                .isEqualTo("unknown-grid|网格编码");
        assertThat(reason(Map.of(Column.NAME, "王秀英", Column.ID_NUMBER, ID, Column.GRID_CODE, OTHER_GRID)))
                .isEqualTo("grid-outside-territory|网格编码");
        assertThat(reason(Map.of(Column.NAME, "王秀英", Column.ID_NUMBER, ID, Column.GRID_CODE, GRID, Column.SEX, "男")))
                .isEqualTo("id-number-sex-mismatch|性别");
        assertThat(reason(Map.of(Column.NAME, "王秀英", Column.ID_NUMBER, ID, Column.GRID_CODE, GRID, Column.BIRTH_DATE, "1948-02-01")))
                .isEqualTo("id-number-birth-date-mismatch|出生日期");
        assertThat(reason(Map.of(Column.ID_NUMBER, ID, Column.GRID_CODE, GRID))).isEqualTo("name-missing|姓名");
        assertThat(reason(Map.of(Column.NAME, "王秀英", Column.ID_NUMBER, ID, Column.GRID_CODE, GRID, Column.PHONE, "12345")))
                .isEqualTo("phone-format|联系电话");
        assertThat(reason(Map.of(Column.NAME, "王秀英", Column.ID_NUMBER, ID, Column.GRID_CODE, GRID,
                Column.HOUSEHOLD_NUMBER, "H1", Column.RELATION, "邻居"))).isEqualTo("unknown-relation|与户主关系");
        assertThat(reason(Map.of(Column.NAME, "王秀英", Column.ID_NUMBER, ID, Column.GRID_CODE, GRID,
                Column.SPECIAL_GROUPS, "网红"))).isEqualTo("special-group-unknown|特殊人群");
    }

    @Test
    void specialGroupInAGridWithoutWorkerNeedsANamedCarer() {
        CensusRowRule noWorkers = new CensusRowRule(LocalDate.of(2026, 3, 1), code -> true, code -> true, code -> Optional.empty());
        Map<Column, String> cells = new EnumMap<>(Map.of(Column.NAME, "王秀英", Column.ID_NUMBER, ID, Column.GRID_CODE, GRID,
                Column.SPECIAL_GROUPS, "残疾人"));

        assertThatThrownBy(() -> noWorkers.check(new CensusRow(2, cells))).isInstanceOf(CensusRowRule.RowRefused.class);
        cells.put(Column.CARERS, "cadre-1;cadre-2");
        assertThat(noWorkers.check(new CensusRow(2, cells)).carers()).containsExactly("cadre-1", "cadre-2");
    }

    @Test
    void refusalNeverCarriesTheCellValue() {
        CensusRowRule.RowRefused refused = (CensusRowRule.RowRefused) catchThrowable(() ->
                rule.check(row(Map.of(Column.NAME, "王秀英", Column.ID_NUMBER, "130527194801010029", Column.GRID_CODE, GRID))));

        assertThat(refused.problem().toString()).doesNotContain("130527194801010029", "王秀英");
        assertThat(refused.problem().row()).isEqualTo(2);
    }

    @Test
    void idKeyIsUniquePerNumber() {
        String x = "11010519491231002" + IdCardNumber.checkCharacterOf("11010519491231002");

        assertThat(SealedEntry.idKey(x)).isNotEqualTo(SealedEntry.idKey(ID));
        assertThat(SealedEntry.idKey(x) % 11).isEqualTo(10);
    }

    private String reason(Map<Column, String> cells) {
        try {
            rule.check(row(cells));
            return "accepted";
        } catch (CensusRowRule.RowRefused e) {
            return e.problem().reason() + "|" + e.problem().column();
        }
    }

    private static CensusRow row(Map<Column, String> cells) {
        return new CensusRow(2, cells);
    }
}
