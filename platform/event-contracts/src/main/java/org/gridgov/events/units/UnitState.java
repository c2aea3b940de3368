package org.gridgov.events.units;

import java.time.Instant;
import java.util.List;

import org.gridgov.events.EventType;
import tools.jackson.databind.JsonNode;

/**
 * The current state of one unit of the territory (county, town, village, grid or micro-grid), as
 * the compacted {@code grid.units} topic keeps it: the last record per unit code wins, so a service
 * that reads the topic from the start holds a replica of the whole registry. Each record is the
 * whole unit, never a delta. Published by grid-registry after every change, keyed by {@link #code()}.
 * Retiring a unit publishes its state with {@code retired} true, then a tombstone (the key with a
 * null value and no CloudEvents headers), so compaction eventually removes the unit from the topic;
 * a consumer removes the unit from its replica on either.
 *
 * @param code        the unit code; begins with the parent's code (6 digits county, 9 town, 12 village,
 *                    then 3 more per grid level)
 * @param parentCode  the parent's code; null for a county, and only for a county
 * @param name        the public place name of the unit (a village or grid name on maps and notices), not
 *                    personal data
 * @param level       {@code COUNTY}, {@code TOWN}, {@code VILLAGE}, {@code GRID} or {@code MICRO_GRID}
 * @param kind        {@code URBAN}, {@code RURAL}, {@code ENTERPRISE} or {@code SPECIAL}
 * @param routingMode the effective routing mode ({@code LEVEL_BY_LEVEL} or {@code FLAT}), inherited
 *                    from the nearest ancestor that sets one
 * @param households  the number of households in the unit, zero or more
 * @param enterprises the number of enterprises in the unit, zero or more
 * @param boundary    GeoJSON Polygon or MultiPolygon (WGS 84, positions {@code [longitude, latitude]}),
 *                    or null where none is drawn; read back from JSON, a null boundary arrives as a
 *                    JSON null node, not as Java null: test it with {@code boundary == null || boundary.isNull()}
 * @param staff       active staff assignments, empty when none: account ids and roles only, never names
 *                    or phones
 * @param retired     whether the unit was retired; a retired unit takes no new cases
 * @param version     starts at 1 and increases with every change of the unit, so a consumer keeps the
 *                    highest version per code and ignores stale or redelivered copies
 * @param updatedAt   when the unit last changed
 */
@EventType(value = "org.gridgov.grid.unit-state.v1", schema = "grid/unit-state.v1.json")
public record UnitState(String code, String parentCode, String name, String level, String kind, String routingMode,
                        int households, int enterprises, JsonNode boundary, List<StaffMember> staff,
                        boolean retired, long version, Instant updatedAt) {

    /**
     * One active staff assignment.
     *
     * @param accountId the account id that appears as the JWT subject
     * @param role      {@code GRID_WORKER}, {@code GRID_LEADER}, {@code COMMAND_CENTRE} (a level's duty desk:
     *                  county, town or village), {@code SUPERVISOR}, {@code MEDIATOR},
     *                  {@code URBAN_MANAGEMENT_OFFICER}, {@code SAFETY_INSPECTOR}, {@code PATROL_MEMBER},
     *                  {@code VOLUNTEER}, {@code ANSWERABLE_CADRE} or {@code CENTRAL_HOUSEHOLD}
     */
    public record StaffMember(String accountId, String role) {
    }
}
