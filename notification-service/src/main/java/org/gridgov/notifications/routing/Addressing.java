package org.gridgov.notifications.routing;

/**
 * One audience of a rule, e.g. {@code {who: STAFF, role: GRID_LEADER, units: UNIT_AND_ANCESTORS}}.
 *
 * @param who   the audience
 * @param role  the staff role in {@code grid.units} ({@code GRID_WORKER}, {@code GRID_LEADER}, {@code SUPERVISOR}, ...); STAFF only
 * @param units which units' staff; STAFF only, {@code UNIT} when absent
 */
public record Addressing(Audience who, String role, UnitScope units) {

    public Addressing {
        if (who == null) {
            throw new IllegalArgumentException("a routing audience needs 'who'");
        }
        if (who == Audience.STAFF && (role == null || role.isBlank())) {
            throw new IllegalArgumentException("a STAFF audience needs a 'role'");
        }
        units = units == null ? UnitScope.UNIT : units;
    }
}
