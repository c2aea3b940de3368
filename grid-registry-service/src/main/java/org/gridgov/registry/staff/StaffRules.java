package org.gridgov.registry.staff;

import java.util.Optional;

import org.gridgov.registry.unit.Unit;
import org.gridgov.runtime.web.RuleViolation;

/** Who may be assigned where: the role exists at the unit's level, one grid one worker, cadres answer for few grids. */
public final class StaffRules {

    private final int maxGridsPerCadre;

    public StaffRules(int maxGridsPerCadre) {
        this.maxGridsPerCadre = maxGridsPerCadre;
    }

    /**
     * Checks a new assignment.
     *
     * @param currentGridWorker the account holding the unit's grid worker role now, if any
     * @param cadreGridsHeld    how many grids the account answers for now, as an answerable cadre
     * @throws RuleViolation    when a rule is broken
     */
    public void checkNewAssignment(Unit unit, StaffRole role, String accountId, Optional<String> currentGridWorker,
                                   int cadreGridsHeld) {
        if (unit.retired()) {
            throw new RuleViolation("unit-retired", "Unit " + unit.code() + " is retired and takes no staff.")
                    .with("code", unit.code());
        }
        if (!role.existsAt(unit.level())) {
            throw new RuleViolation("role-not-at-this-level",
                    "A " + role + " is assigned to a unit of level " + role.levels() + ", not to a " + unit.level() + ".")
                    .with("code", unit.code()).with("role", role.name()).with("level", unit.level().name());
        }
        if (role == StaffRole.GRID_WORKER && currentGridWorker.isPresent() && !currentGridWorker.get().equals(accountId)) {
            throw new RuleViolation("one-grid-one-worker", "Grid " + unit.code()
                    + " already has an active grid worker; end that assignment first, or hand over with replace=true.")
                    .with("code", unit.code()).with("currentAccountId", currentGridWorker.get());
        }
        if (role == StaffRole.ANSWERABLE_CADRE && cadreGridsHeld >= maxGridsPerCadre) {
            throw new RuleViolation("answerable-cadre-limit", "An answerable cadre answers for at most "
                    + maxGridsPerCadre + " grids; this one already answers for " + cadreGridsHeld + ".")
                    .with("accountId", accountId).with("maxGrids", maxGridsPerCadre).with("gridsHeld", cadreGridsHeld);
        }
    }
}
