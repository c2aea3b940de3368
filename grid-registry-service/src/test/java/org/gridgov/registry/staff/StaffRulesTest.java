package org.gridgov.registry.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.gridgov.registry.unit.Unit;
import org.gridgov.registry.unit.UnitKind;
import org.gridgov.registry.unit.UnitLevel;
import org.gridgov.runtime.web.RuleViolation;
import org.junit.jupiter.api.Test;

class StaffRulesTest {

    private final StaffRules rules = new StaffRules(2);
    private final Unit grid = unit("130527101201001", UnitLevel.GRID, false);

    @Test
    void gridWithAWorkerTakesNoSecondOne() {
        assertThatThrownBy(() -> rules.checkNewAssignment(grid, StaffRole.GRID_WORKER, "gw-2", Optional.of("gw-1"), 0))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> {
                    assertThat(violation.slug()).isEqualTo("one-grid-one-worker");
                    assertThat(violation.properties()).containsEntry("currentAccountId", "gw-1");
                });
    }

    @Test
    void gridWithoutAWorkerTakesOne() {
        assertThatCode(() -> rules.checkNewAssignment(grid, StaffRole.GRID_WORKER, "gw-1", Optional.empty(), 0))
                .doesNotThrowAnyException();
    }

    @Test
    void answerableCadreAnswersForAtMostTwoGrids() {
        assertThatCode(() -> rules.checkNewAssignment(grid, StaffRole.ANSWERABLE_CADRE, "ac-1", Optional.empty(), 1))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> rules.checkNewAssignment(grid, StaffRole.ANSWERABLE_CADRE, "ac-1", Optional.empty(), 2))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> {
                    assertThat(violation.slug()).isEqualTo("answerable-cadre-limit");
                    assertThat(violation.properties()).containsEntry("maxGrids", 2).containsEntry("gridsHeld", 2);
                });
    }

    @Test
    void theCadreLimitIsASetting() {
        assertThatThrownBy(() -> new StaffRules(1).checkNewAssignment(grid, StaffRole.ANSWERABLE_CADRE, "ac-1", Optional.empty(), 1))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void gridWorkerBelongsToAGridNotToATown() {
        Unit town = unit("130527101", UnitLevel.TOWN, false);

        assertThatThrownBy(() -> rules.checkNewAssignment(town, StaffRole.GRID_WORKER, "gw-1", Optional.empty(), 0))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> assertThat(violation.slug()).isEqualTo("role-not-at-this-level"));
        assertThatCode(() -> rules.checkNewAssignment(town, StaffRole.MEDIATOR, "m-1", Optional.empty(), 0))
                .doesNotThrowAnyException();
    }

    @Test
    void commandCentreStaffsTheCountyTownsAndVillagesButNoGrid() {
        for (Unit level : List.of(unit("130527", UnitLevel.COUNTY, false), unit("130527101", UnitLevel.TOWN, false),
                unit("130527101201", UnitLevel.VILLAGE, false))) {
            assertThatCode(() -> rules.checkNewAssignment(level, StaffRole.COMMAND_CENTRE, "cc-1", Optional.empty(), 0))
                    .as(level.level().name()).doesNotThrowAnyException();
        }

        assertThatThrownBy(() -> rules.checkNewAssignment(grid, StaffRole.COMMAND_CENTRE, "cc-1", Optional.empty(), 0))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> assertThat(violation.slug()).isEqualTo("role-not-at-this-level"));
    }

    @Test
    void retiredUnitTakesNoStaff() {
        Unit retired = unit("130527101201002", UnitLevel.GRID, true);

        assertThatThrownBy(() -> rules.checkNewAssignment(retired, StaffRole.VOLUNTEER, "v-1", Optional.empty(), 0))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> assertThat(violation.slug()).isEqualTo("unit-retired"));
    }

    private static Unit unit(String code, UnitLevel level, boolean retired) {
        return new Unit(code, code.substring(0, code.length() - 3), "unit", level, UnitKind.RURAL, 100, 0, null, null,
                retired, 1, Instant.EPOCH);
    }
}
