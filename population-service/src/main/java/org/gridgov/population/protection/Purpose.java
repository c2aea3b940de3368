package org.gridgov.population.protection;

import static org.gridgov.runtime.security.Role.ADMIN;
import static org.gridgov.runtime.security.Role.COMMAND_CENTRE;
import static org.gridgov.runtime.security.Role.GRID_LEADER;
import static org.gridgov.runtime.security.Role.GRID_WORKER;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.gridgov.runtime.security.Role;

/**
 * Why a person's data is shown in full: the only reasons the ledger accepts (a free text would let any
 * four letters open a record), each with the roles whose work it is. Recorded in the access log.
 */
public enum Purpose {

    /** A grid worker keeping the ledger of their own grids; what they get when they state none. */
    GRID_LEDGER(GRID_WORKER),
    /** A visit to a household (走访; Jiashan's night visits, seed 003). */
    HOME_VISIT(GRID_WORKER, GRID_LEADER),
    /** Caring for a member of a special group (包保, seed 000). */
    SPECIAL_GROUP_CARE(GRID_WORKER, GRID_LEADER),
    /** Handling a case that concerns the person, e.g. calling them for the facts of a report. */
    CASE_HANDLING(GRID_WORKER, GRID_LEADER, COMMAND_CENTRE),
    /** Reaching people at once in an emergency (1,500 residents isolated in 5 hours, seed 003). */
    EMERGENCY_RESPONSE(GRID_LEADER, COMMAND_CENTRE),
    /** Checking a census sheet against the ledger after an import. */
    CENSUS_VERIFICATION(GRID_LEADER, ADMIN),
    /** The person's own request to see or correct their record (PIPL Art. 45, 46); the only purpose of an export. */
    DATA_SUBJECT_REQUEST(GRID_LEADER, ADMIN);

    private final Set<Role> roles;

    Purpose(Role first, Role... others) {
        this.roles = Set.copyOf(EnumSet.of(first, others));
    }

    /** The roles that may state this purpose. */
    public Set<Role> roles() {
        return roles;
    }

    /** The caller's role this purpose is stated in (the first in {@link Role}'s order), if any. */
    public Optional<Role> statedAs(Set<Role> callerRoles) {
        return EnumSet.copyOf(roles).stream().filter(callerRoles::contains).findFirst();
    }
}
