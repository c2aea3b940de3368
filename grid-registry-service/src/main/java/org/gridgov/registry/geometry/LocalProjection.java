package org.gridgov.registry.geometry;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;

/**
 * An equirectangular projection of lon/lat to metres around a centre: x east, y north. Over a county
 * (tens of kilometres) its area error stays well under one percent, which is what a coverage report
 * needs; it is not a survey projection.
 */
public final class LocalProjection {

    /** Mean radius of the Earth (IUGG), in metres. */
    static final double EARTH_RADIUS = 6_371_008.8;

    private final double lon0;
    private final double lat0;
    private final double metresPerDegreeLat;
    private final double metresPerDegreeLon;

    private LocalProjection(double lon0, double lat0) {
        this.lon0 = lon0;
        this.lat0 = lat0;
        this.metresPerDegreeLat = EARTH_RADIUS * Math.PI / 180;
        this.metresPerDegreeLon = metresPerDegreeLat * Math.cos(Math.toRadians(lat0));
    }

    public static LocalProjection around(double lon, double lat) {
        return new LocalProjection(lon, lat);
    }

    /** Centred on the centre of the geometry's envelope. */
    public static LocalProjection around(Geometry geometry) {
        Coordinate centre = geometry.getEnvelopeInternal().centre();
        return new LocalProjection(centre.x, centre.y);
    }

    /** A projected copy of the geometry, in metres. */
    public Geometry project(Geometry lonLat) {
        Geometry copy = lonLat.copy();
        copy.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence sequence, int i) {
                sequence.setOrdinate(i, 0, (sequence.getX(i) - lon0) * metresPerDegreeLon);
                sequence.setOrdinate(i, 1, (sequence.getY(i) - lat0) * metresPerDegreeLat);
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        return copy;
    }

    /** The area of a lon/lat geometry in square metres. */
    public double areaOf(Geometry lonLat) {
        return lonLat.isEmpty() ? 0 : project(lonLat).getArea();
    }

    /** A distance in metres as degrees of longitude at the centre's latitude. */
    public double degreesLon(double metres) {
        return metres / metresPerDegreeLon;
    }

    /** A distance in metres as degrees of latitude. */
    public double degreesLat(double metres) {
        return metres / metresPerDegreeLat;
    }
}
