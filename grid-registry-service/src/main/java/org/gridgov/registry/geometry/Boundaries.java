package org.gridgov.registry.geometry;

import org.gridgov.events.CloudEventCodec;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Unit boundaries: GeoJSON Polygons and MultiPolygons in WGS 84 lon/lat (RFC 7946) read into JTS
 * geometries and checked (closed rings, no self-intersection), stored as WKB, written back as GeoJSON.
 */
public final class Boundaries {

    /** Lon/lat in WGS 84, full double precision: what a caller sends is what is stored. */
    public static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

    private Boundaries() {
    }

    /**
     * A boundary read from GeoJSON: the geometry, or why it was refused.
     *
     * @param geometry null when there is a problem, or when no boundary was given
     * @param problem  null when the boundary is acceptable
     */
    public record Read(Geometry geometry, String problem) {

        public boolean refused() {
            return problem != null;
        }
    }

    /**
     * Reads a GeoJSON geometry. An invalid polygon (a self-intersecting ring, say) is refused with
     * the reason and where, or, when {@code repair} is set, repaired with JTS's {@link GeometryFixer}.
     */
    public static Read read(JsonNode geoJson, boolean repair) {
        if (geoJson == null || geoJson.isNull() || geoJson.isMissingNode()) {
            return new Read(null, null);
        }
        String type = geoJson.path("type").asString("");
        if (!geoJson.isObject() || !(type.equals("Polygon") || type.equals("MultiPolygon"))) {
            return refused("must be a GeoJSON Polygon or MultiPolygon");
        }
        String ringProblem = ringProblem(geoJson.path("coordinates"), type.equals("Polygon") ? 1 : 2);
        if (ringProblem != null) {
            return refused(ringProblem);
        }
        Geometry geometry;
        try {
            geometry = new GeoJsonReader(WGS84).read(geoJson.toString());
        } catch (ParseException | RuntimeException e) {
            return refused("is not a GeoJSON geometry with valid coordinates");
        }
        if (geometry.isEmpty()) {
            return refused("has no positions");
        }
        Envelope envelope = geometry.getEnvelopeInternal();
        if (envelope.getMinX() < -180 || envelope.getMaxX() > 180 || envelope.getMinY() < -90 || envelope.getMaxY() > 90) {
            return refused("positions must be [longitude, latitude] within [-180, 180] and [-90, 90]");
        }
        TopologyValidationError error = new IsValidOp(geometry).getValidationError();
        if (error == null) {
            return new Read(geometry, null);
        }
        if (repair) {
            Geometry fixed = GeometryFixer.fix(geometry);
            if (fixed instanceof Polygonal && !fixed.isEmpty()) {
                fixed.setSRID(WGS84.getSRID());
                return new Read(fixed, null);
            }
        }
        return refused("is not a valid polygon: " + error.getMessage() + " at or near ("
                + error.getCoordinate().x + ", " + error.getCoordinate().y + ")");
    }

    private static Read refused(String problem) {
        return new Read(null, problem);
    }

    /**
     * Why the rings are not closed rings of positions, or null. GeoJSON (RFC 7946 3.1.6) wants every
     * ring closed and at least four positions long; JTS would refuse them with a less helpful message.
     *
     * @param depth how many array levels hold rings: 1 for a Polygon, 2 for a MultiPolygon
     */
    private static String ringProblem(JsonNode coordinates, int depth) {
        if (!coordinates.isArray() || coordinates.isEmpty()) {
            return "needs coordinates: an array of rings of [longitude, latitude] positions";
        }
        for (JsonNode element : coordinates) {
            String problem = depth > 1 ? ringProblem(element, depth - 1) : ringOfPositionsProblem(element);
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    private static String ringOfPositionsProblem(JsonNode ring) {
        if (!ring.isArray()) {
            return "needs coordinates: an array of rings of [longitude, latitude] positions";
        }
        for (JsonNode position : ring) {
            if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber() || !position.get(1).isNumber()) {
                return "every position must be [longitude, latitude] in numbers";
            }
        }
        if (ring.size() < 4) {
            return "every ring needs at least four positions";
        }
        JsonNode first = ring.get(0);
        JsonNode last = ring.get(ring.size() - 1);
        if (first.get(0).asDouble() != last.get(0).asDouble() || first.get(1).asDouble() != last.get(1).asDouble()) {
            return "every ring must be closed: its last position equal to its first";
        }
        return null;
    }

    /**
     * The GeoJSON of a Polygon or MultiPolygon, or null for none. Coordinates are written as the
     * shortest decimals that read back as the same doubles, so an export imports again unchanged
     * (JTS's GeoJsonWriter rounds to a fixed number of decimals).
     */
    public static JsonNode toGeoJson(Geometry geometry) {
        if (geometry == null) {
            return null;
        }
        ObjectNode json = CloudEventCodec.MAPPER.createObjectNode();
        if (geometry instanceof Polygon polygon) {
            json.put("type", "Polygon");
            writeRings(polygon, json.putArray("coordinates"));
        } else if (geometry instanceof MultiPolygon multi) {
            json.put("type", "MultiPolygon");
            ArrayNode polygons = json.putArray("coordinates");
            for (int i = 0; i < multi.getNumGeometries(); i++) {
                writeRings((Polygon) multi.getGeometryN(i), polygons.addArray());
            }
        } else {
            throw new IllegalArgumentException("a boundary is a Polygon or MultiPolygon, not a " + geometry.getGeometryType());
        }
        return json;
    }

    private static void writeRings(Polygon polygon, ArrayNode rings) {
        writeRing(polygon.getExteriorRing().getCoordinateSequence(), rings.addArray());
        for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
            writeRing(polygon.getInteriorRingN(i).getCoordinateSequence(), rings.addArray());
        }
    }

    private static void writeRing(CoordinateSequence ring, ArrayNode positions) {
        for (int i = 0; i < ring.size(); i++) {
            positions.addArray().add(ring.getX(i)).add(ring.getY(i));
        }
    }

    public static byte[] toWkb(Geometry geometry) {
        return geometry == null ? null : new WKBWriter().write(geometry);
    }

    public static Geometry fromWkb(byte[] wkb) {
        if (wkb == null) {
            return null;
        }
        try {
            return new WKBReader(WGS84).read(wkb);
        } catch (ParseException e) {
            throw new IllegalStateException("a stored boundary is not WKB", e);
        }
    }
}
