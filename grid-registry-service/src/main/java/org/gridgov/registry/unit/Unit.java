package org.gridgov.registry.unit;

import java.time.Instant;

import org.locationtech.jts.geom.Geometry;

/**
 * A unit of the territory as stored.
 *
 * @param households  as declared when the unit was put or imported; population's count is kept apart
 *                    ({@code population.GridCountRepository})
 * @param enterprises as declared, like {@code households}
 * @param routingMode the unit's own mode; null where it inherits
 * @param version     increases with every change, including staff and inherited routing mode
 */
public record Unit(String code, String parentCode, String name, UnitLevel level, UnitKind kind, int households,
                   int enterprises, RoutingMode routingMode, Geometry boundary, boolean retired, long version,
                   Instant updatedAt) {
}
