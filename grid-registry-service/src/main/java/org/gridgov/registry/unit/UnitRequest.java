package org.gridgov.registry.unit;

import jakarta.validation.constraints.NotNull;
import tools.jackson.databind.JsonNode;

/**
 * The body of {@code PUT /api/units/{code}}.
 *
 * @param routingMode the unit's own mode; absent to inherit the parent's
 * @param boundary    a GeoJSON Polygon or MultiPolygon in WGS 84 lon/lat; absent where none is drawn
 * @param parentCode  optional; when given it must be the code without its last three digits
 */
record UnitRequest(String name, @NotNull UnitLevel level, @NotNull UnitKind kind, @NotNull Integer households,
                   @NotNull Integer enterprises, RoutingMode routingMode, JsonNode boundary, String parentCode) {
}
