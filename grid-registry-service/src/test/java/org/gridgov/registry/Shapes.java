package org.gridgov.registry;

import org.gridgov.registry.geometry.Boundaries;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

/** Small boundaries near Nanhe for tests: axis-aligned rectangles in lon/lat degrees. */
public final class Shapes {

    public static final double LON = 114.60;
    public static final double LAT = 37.00;

    private Shapes() {
    }

    /** The rectangle from (LON + x0, LAT + y0) to (LON + x1, LAT + y1), in hundredths of a degree. */
    public static Polygon box(double x0, double y0, double x1, double y1) {
        double a = LON + x0 / 100;
        double b = LAT + y0 / 100;
        double c = LON + x1 / 100;
        double d = LAT + y1 / 100;
        return Boundaries.WGS84.createPolygon(new Coordinate[]{
                new Coordinate(a, b), new Coordinate(c, b), new Coordinate(c, d), new Coordinate(a, d), new Coordinate(a, b)});
    }
}
