package org.gridgov.cases.lifecycle;

import java.util.List;

import org.gridgov.runtime.security.Caller;
import org.gridgov.runtime.security.Role;

/**
 * Who did something to a case, as the audit trail records it: an account id (never a name) and the
 * role it acted in.
 */
public record Actor(String id, String role) {

    /** The service itself, routing a case by its rules. */
    public static final Actor ROUTING = new Actor("case-workflow", "SYSTEM");

    /** A resident acting through a tracking code, without an account. */
    public static final Actor RESIDENT = new Actor("resident", "RESIDENT");

    // A caller holding several roles is recorded under the one that carries the most authority.
    private static final List<Role> PRECEDENCE = List.of(Role.ADMIN, Role.COMMAND_CENTRE, Role.GRID_LEADER,
            Role.DEPARTMENT_HANDLER, Role.GRID_WORKER, Role.MEDIATOR, Role.INSPECTOR);

    public static Actor of(Caller caller) {
        String role = PRECEDENCE.stream().filter(caller::has).findFirst().map(Role::name).orElse("NONE");
        return new Actor(caller.accountId(), role);
    }

    /** A department's integration reporting on {@code case.feedback}. */
    public static Actor department(String departmentCode, String handlerId) {
        return new Actor(handlerId != null ? handlerId : departmentCode, Role.DEPARTMENT_HANDLER.name());
    }
}
