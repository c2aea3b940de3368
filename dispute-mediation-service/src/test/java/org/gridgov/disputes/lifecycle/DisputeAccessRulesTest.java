package org.gridgov.disputes.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.gridgov.disputes.levels.DisputeType;
import org.gridgov.disputes.levels.Level;
import org.gridgov.disputes.levels.RiskLevel;
import org.gridgov.runtime.security.Caller;
import org.gridgov.runtime.security.Role;
import org.gridgov.runtime.security.Territory;
import org.junit.jupiter.api.Test;

/** The territory matrix on the rule itself; the service's tests check it again over HTTP. */
class DisputeAccessRulesTest {

    private static final String GRID = "130527100201001";
    private static final String VILLAGE = "130527100201";
    private static final String TOWN = "130527100";
    private static final String OTHER_TOWN = "130527101";

    private final Dispute inTheVillage = dispute(VILLAGE, Level.VILLAGE);
    private final Dispute inTheTown = dispute(TOWN, Level.TOWN);
    private final Dispute inTheGrid = dispute(GRID, Level.GRID);

    @Test
    void mediatorSeesAndMediatesOnlyTheDisputesOfItsLevelAndTerritory() {
        Caller townMediator = caller(Role.MEDIATOR, TOWN);
        Caller villageMediator = caller(Role.MEDIATOR, VILLAGE);
        Caller otherTownMediator = caller(Role.MEDIATOR, OTHER_TOWN);

        assertThat(matrix(townMediator)).containsExactly(false, true, false);
        assertThat(matrix(villageMediator)).containsExactly(true, false, false);
        assertThat(matrix(otherTownMediator)).containsExactly(false, false, false);
        assertThat(DisputeAccessRules.mayMediate(townMediator, inTheTown)).isTrue();
        assertThat(DisputeAccessRules.mayMediate(townMediator, inTheVillage)).isFalse();
    }

    @Test
    void gridWorkerFollowsTheDisputesOfItsGridWhereverTheyAreMediated() {
        Caller worker = caller(Role.GRID_WORKER, GRID);

        assertThat(matrix(worker)).containsExactly(true, true, true);
        assertThat(DisputeAccessRules.mayMediate(worker, inTheGrid)).isTrue();
        assertThat(DisputeAccessRules.mayMediate(worker, inTheVillage)).isFalse();
        assertThat(DisputeAccessRules.mayFollowUp(worker, inTheTown)).isTrue();
    }

    @Test
    void townCommandCentreMediatesAnythingItsTownHolds() {
        Caller centre = caller(Role.COMMAND_CENTRE, TOWN);

        assertThat(matrix(centre)).containsExactly(true, true, true);
        assertThat(DisputeAccessRules.mayMediate(centre, inTheVillage)).isTrue();
        assertThat(matrix(caller(Role.COMMAND_CENTRE, OTHER_TOWN))).containsExactly(false, false, false);
    }

    @Test
    void inspectorSeesButNeverChanges() {
        Caller inspector = caller(Role.INSPECTOR, TOWN);

        assertThat(matrix(inspector)).containsExactly(true, true, true);
        assertThat(DisputeAccessRules.mayMediate(inspector, inTheTown)).isFalse();
        assertThat(DisputeAccessRules.mayFollowUp(inspector, inTheTown)).isFalse();
        assertThat(DisputeAccessRules.mayOpen(inspector, GRID)).isFalse();
    }

    @Test
    void departmentHandlerSeesNoDispute() {
        assertThat(matrix(caller(Role.DEPARTMENT_HANDLER, TOWN))).containsExactly(false, false, false);
    }

    @Test
    void administratorSeesEverything() {
        Caller admin = new Caller("admin-1", EnumSet.of(Role.ADMIN), Territory.everywhere(), Optional.empty());

        assertThat(matrix(admin)).containsExactly(true, true, true);
    }

    @Test
    void disputesAreOpenedInsideTheCallersTerritoryOnly() {
        assertThat(DisputeAccessRules.mayOpen(caller(Role.GRID_WORKER, GRID), GRID)).isTrue();
        assertThat(DisputeAccessRules.mayOpen(caller(Role.GRID_WORKER, GRID), "130527100201002")).isFalse();
    }

    private List<Boolean> matrix(Caller caller) {
        return List.of(DisputeAccessRules.maySee(caller, inTheVillage), DisputeAccessRules.maySee(caller, inTheTown),
                DisputeAccessRules.maySee(caller, inTheGrid));
    }

    private static Caller caller(Role role, String scope) {
        return new Caller(role.name().toLowerCase() + "-1", EnumSet.of(role), Territory.of(List.of(scope)), Optional.empty());
    }

    private static Dispute dispute(String unitCode, Level level) {
        Instant now = Instant.parse("2026-11-20T08:00:00Z");
        return new Dispute(UUID.randomUUID(), DisputeType.NEIGHBOURS, GRID, unitCode, level, null, RiskLevel.LOW, Set.of(),
                2, null, Source.GRID_CHECK, null, null, DisputeState.OPEN, now, now, now.plusSeconds(86_400), 0, null);
    }
}
