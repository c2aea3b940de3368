package org.gridgov.disputes.lifecycle;

import java.util.Set;

import org.gridgov.disputes.levels.Level;
import org.gridgov.runtime.security.Caller;
import org.gridgov.runtime.security.Role;

/**
 * Who sees and who mediates a dispute. Mediators work at one level of one territory: a town's
 * mediation centre sees the disputes the town holds, not those its villages are still mediating.
 * Grid workers, leaders, command centres and inspectors see every dispute of the grids they govern,
 * wherever it is mediated, so a worker can follow a quarrel from the grid up to the county.
 */
public final class DisputeAccessRules {

    private static final Set<Role> TERRITORY_READERS =
            Set.of(Role.GRID_WORKER, Role.GRID_LEADER, Role.COMMAND_CENTRE, Role.INSPECTOR);

    private DisputeAccessRules() {
    }

    public static boolean maySee(Caller caller, Dispute dispute) {
        if (caller.has(Role.ADMIN) || mediatesAt(caller, dispute.unitCode(), dispute.level())) {
            return true;
        }
        return readsTerritory(caller) && (caller.maySee(dispute.gridCode()) || caller.maySee(dispute.unitCode()));
    }

    /** Whether the caller reads every dispute of its territory's grids, whatever level mediates them. */
    public static boolean readsTerritory(Caller caller) {
        return TERRITORY_READERS.stream().anyMatch(caller::has);
    }

    /**
     * Whether the caller may schedule and record sessions, settle, escalate or refer: a mediator of
     * the level and territory holding it, the command centre governing that unit, or, while the
     * dispute is settled on the spot in the grid, the grid's worker or leader.
     */
    public static boolean mayMediate(Caller caller, Dispute dispute) {
        if (caller.has(Role.ADMIN) || mediatesAt(caller, dispute.unitCode(), dispute.level())) {
            return true;
        }
        if (caller.has(Role.COMMAND_CENTRE) && caller.mayChange(dispute.unitCode())) {
            return true;
        }
        return dispute.level() == Level.GRID && gridStaff(caller) && caller.mayChange(dispute.unitCode());
    }

    /** Follow-up visits are also the grid worker's door-to-door duty, wherever the dispute was settled. */
    public static boolean mayFollowUp(Caller caller, Dispute dispute) {
        return mayMediate(caller, dispute) || gridStaff(caller) && caller.mayChange(dispute.gridCode());
    }

    /** Grid staff, mediators and command centres open disputes in the grids of their territory. */
    public static boolean mayOpen(Caller caller, String gridCode) {
        boolean opener = caller.has(Role.ADMIN) || caller.has(Role.MEDIATOR) || caller.has(Role.COMMAND_CENTRE)
                || gridStaff(caller);
        return opener && caller.mayChange(gridCode);
    }

    /** Whether the caller is a mediator at {@code level} of a territory holding the unit. */
    public static boolean mediatesAt(Caller caller, String unitCode, Level level) {
        return caller.has(Role.MEDIATOR) && caller.territory().roots().stream()
                .anyMatch(root -> unitCode.startsWith(root) && Level.ofUnitCode(root) == level);
    }

    private static boolean gridStaff(Caller caller) {
        return caller.has(Role.GRID_WORKER) || caller.has(Role.GRID_LEADER);
    }
}
