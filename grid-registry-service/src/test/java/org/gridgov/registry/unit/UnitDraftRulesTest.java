package org.gridgov.registry.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.gridgov.runtime.web.FieldError;
import org.junit.jupiter.api.Test;

class UnitDraftRulesTest {

    @Test
    void gridCodeIsItsVillageCodeAndThreeDigits() {
        UnitDraft grid = draft("130527101201001", UnitLevel.GRID);

        assertThat(UnitDraftRules.problems(grid, "")).isEmpty();
        assertThat(grid.parentCode()).isEqualTo("130527101201");
        assertThat(UnitCodes.chainOf(grid.code())).containsExactly("130527", "130527101", "130527101201", "130527101201001");
    }

    @Test
    void countyHasNoParent() {
        assertThat(draft("130527", UnitLevel.COUNTY).parentCode()).isNull();
    }

    @Test
    void codeOfTheWrongShapeIsRefused() {
        assertThat(UnitDraftRules.problems(draft("13052710120", UnitLevel.VILLAGE), "")).extracting(FieldError::field)
                .containsExactly("code");
        assertThat(UnitDraftRules.problems(draft("13052a", UnitLevel.COUNTY), "")).extracting(FieldError::field)
                .containsExactly("code");
    }

    @Test
    void levelMustMatchTheCodeLength() {
        assertThat(UnitDraftRules.problems(draft("130527101201", UnitLevel.GRID), "features[3].properties."))
                .containsExactly(new FieldError("features[3].properties.level", "a GRID has a code of 15 digits; this code has 12"));
    }

    @Test
    void blankNameAndNegativeCountsAreRefused() {
        UnitDraft draft = new UnitDraft("130527101", " ", UnitLevel.TOWN, UnitKind.RURAL, -1, -2, null, null);

        assertThat(UnitDraftRules.problems(draft, "")).extracting(FieldError::field)
                .containsExactly("name", "households", "enterprises");
    }

    @Test
    void unitInheritsTheModeOfItsNearestAncestorThatSetsOne() {
        List<String> chain = UnitCodes.chainOf("130527100001001");

        assertThat(RoutingMode.effective(chain, Map.of("130527", RoutingMode.LEVEL_BY_LEVEL, "130527100", RoutingMode.FLAT)))
                .isEqualTo(RoutingMode.FLAT);
        assertThat(RoutingMode.effective(chain, Map.of("130527", RoutingMode.FLAT, "130527100001001", RoutingMode.LEVEL_BY_LEVEL)))
                .isEqualTo(RoutingMode.LEVEL_BY_LEVEL);
        assertThat(RoutingMode.effective(chain, Map.of())).isEqualTo(RoutingMode.LEVEL_BY_LEVEL);
    }

    private static UnitDraft draft(String code, UnitLevel level) {
        return new UnitDraft(code, "unit", level, UnitKind.RURAL, 100, 0, null, null);
    }
}
