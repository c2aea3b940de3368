package org.gridgov.registry.unit;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import tools.jackson.databind.JsonNode;

/**
 * The body of {@code PUT /api/units/{code}}.
 *
 * @param routingMode the unit's own mode; absent to inherit the parent's
 * @param boundary    a GeoJSON Polygon or MultiPolygon in WGS 84 lon/lat; absent where none is drawn
 * @param parentCode  optional; when given it must be the code without its last three digits
 */
record UnitRequest(@Size(max = 100) String name, @NotNull UnitLevel level, @NotNull UnitKind kind,
                   @NotNull Integer households, @NotNull Integer enterprises, RoutingMode routingMode, JsonNode boundary,
                   @Pattern(regexp = "[0-9]{6,21}", message = "must be a unit code of 6 to 21 digits") String parentCode) {
}
