package org.gridgov.registry.geometry;

import static org.assertj.core.api.Assertions.assertThat;

import org.gridgov.events.CloudEventCodec;
import org.gridgov.registry.Shapes;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import tools.jackson.databind.JsonNode;

class BoundariesTest {

    @Test
    void polygonReadsAndWritesBackUnchanged() {
        Geometry square = Shapes.box(0, 0, 1.234567891234, 1);

        Boundaries.Read read = Boundaries.read(Boundaries.toGeoJson(square), false);

        assertThat(read.refused()).isFalse();
        assertThat(read.geometry().equalsExact(square)).isTrue();
        assertThat(Boundaries.fromWkb(Boundaries.toWkb(square)).equalsExact(square)).isTrue();
    }

    @Test
    void noBoundaryIsAcceptedAsNone() {
        assertThat(Boundaries.read(null, false)).isEqualTo(new Boundaries.Read(null, null));
    }

    @Test
    void ringThatIsNotClosedIsRefused() {
        Boundaries.Read read = Boundaries.read(json("""
                {"type":"Polygon","coordinates":[[[114.6,37.0],[114.61,37.0],[114.61,37.01],[114.6,37.01]]]}"""), false);

        assertThat(read.problem()).isEqualTo("every ring must be closed: its last position equal to its first");
    }

    @Test
    void selfIntersectingRingIsRefusedWithWhereItCrosses() {
        JsonNode bowTie = json("""
                {"type":"Polygon","coordinates":[[[114.6,37.0],[114.62,37.02],[114.62,37.0],[114.6,37.02],[114.6,37.0]]]}""");

        Boundaries.Read read = Boundaries.read(bowTie, false);

        assertThat(read.problem()).startsWith("is not a valid polygon: Self-intersection at or near (114.61");
    }

    @Test
    void selfIntersectingRingIsRepairedWhenAsked() {
        JsonNode bowTie = json("""
                {"type":"Polygon","coordinates":[[[114.6,37.0],[114.62,37.02],[114.62,37.0],[114.6,37.02],[114.6,37.0]]]}""");

        Boundaries.Read read = Boundaries.read(bowTie, true);

        assertThat(read.refused()).isFalse();
        assertThat(read.geometry().isValid()).isTrue();
        assertThat(read.geometry().getGeometryType()).isEqualTo("MultiPolygon");
    }

    @Test
    void pointsAndSwappedCoordinatesAreRefused() {
        assertThat(Boundaries.read(json("{\"type\":\"Point\",\"coordinates\":[114.6,37.0]}"), false).problem())
                .isEqualTo("must be a GeoJSON Polygon or MultiPolygon");
        assertThat(Boundaries.read(json("""
                {"type":"Polygon","coordinates":[[[37.0,114.6],[37.0,114.7],[37.1,114.7],[37.0,114.6]]]}"""), false).problem())
                .startsWith("positions must be [longitude, latitude]");
    }

    @Test
    void areaIsMeasuredInSquareMetres() {
        // A hundredth of a degree each way at 37° N: 1,112 m north-south by 888 m east-west.
        Geometry square = Shapes.box(0, 0, 1, 1);

        double area = LocalProjection.around(square).areaOf(square);

        assertThat(area).isBetween(986_000.0, 990_000.0);
    }

    private static JsonNode json(String text) {
        return CloudEventCodec.MAPPER.readTree(text);
    }
}
