package org.gridgov.runtime.security;

/** The roles a token's {@code roles} claim may hold. */
public enum Role {
    GRID_WORKER,
    GRID_LEADER,
    COMMAND_CENTRE,
    DEPARTMENT_HANDLER,
    MEDIATOR,
    /** Read-only audit of everything inside the territory. */
    INSPECTOR,
    ADMIN,
    /**
     * Another service of the platform calling on its own behalf (its client-credentials token):
     * it reads everywhere and changes nothing unless an endpoint allows it by name.
     */
    SERVICE;

    /** The Spring Security authority of this role, e.g. {@code ROLE_GRID_WORKER}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
