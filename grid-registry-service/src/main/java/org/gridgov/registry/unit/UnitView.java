package org.gridgov.registry.unit;

import java.time.Instant;

import org.gridgov.registry.geometry.Boundaries;
import tools.jackson.databind.JsonNode;

/**
 * A unit as the API shows it.
 *
 * @param routingMode          the unit's own mode, null where it inherits
 * @param effectiveRoutingMode the mode cases in the unit follow
 */
public record UnitView(String code, String parentCode, String name, UnitLevel level, UnitKind kind, int households,
                       int enterprises, RoutingMode routingMode, RoutingMode effectiveRoutingMode, JsonNode boundary,
                       boolean retired, long version, Instant updatedAt) {

    static UnitView of(Unit unit, RoutingMode effective) {
        return new UnitView(unit.code(), unit.parentCode(), unit.name(), unit.level(), unit.kind(), unit.households(),
                unit.enterprises(), unit.routingMode(), effective, Boundaries.toGeoJson(unit.boundary()), unit.retired(),
                unit.version(), unit.updatedAt());
    }
}
