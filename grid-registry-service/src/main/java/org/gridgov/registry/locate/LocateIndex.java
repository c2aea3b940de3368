package org.gridgov.registry.locate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.locationtech.jts.algorithm.RayCrossingCounter;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.algorithm.locate.PointOnGeometryLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.ItemVisitor;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Which unit a point falls in: one STR-tree per level over the boundaries of the units, prepared for point tests,
 * immutable once built (readers never lock; a change builds a new index). The answer is the deepest
 * unit whose boundary covers the point, so the grid levels are asked first and the county only for
 * a point no grid covers. A point on an edge shared by two units of the same level goes to the lower
 * code, so the answer never depends on the order units were loaded in.
 */
public final class LocateIndex {

    /** Deepest level first. */
    private final List<STRtree> levels;
    private final int size;

    private LocateIndex(List<STRtree> levels, int size) {
        this.levels = levels;
        this.size = size;
    }

    /** An index of these boundaries, by unit code. */
    public static LocateIndex of(Map<String, Geometry> boundaries) {
        return build(boundaries.entrySet().stream().map(entry -> Area.of(entry.getKey(), entry.getValue())).toList());
    }

    static LocateIndex build(Collection<Area> areas) {
        TreeMap<Integer, STRtree> byDepth = new TreeMap<>();
        for (Area area : areas) {
            byDepth.computeIfAbsent(area.code().length(), depth -> new STRtree())
                    .insert(area.envelope(), area);
        }
        List<STRtree> levels = new ArrayList<>(byDepth.descendingMap().values());
        levels.forEach(STRtree::build);
        return new LocateIndex(List.copyOf(levels), areas.size());
    }

    /** The code of the deepest unit covering the point, if any. */
    public Optional<String> locate(double lon, double lat) {
        Coordinate point = new Coordinate(lon, lat);
        Envelope at = new Envelope(point);
        for (STRtree level : levels) {
            Search search = new Search(point);
            level.query(at, search);
            if (search.best != null) {
                return Optional.of(search.best.code());
            }
        }
        return Optional.empty();
    }

    public int size() {
        return size;
    }

    /**
     * A unit's boundary prepared for point tests. A small polygon (a grid: a dozen vertices) is
     * tested ring by ring with JTS's robust ray-crossing counter, which beats walking an index for
     * so few edges; a large one (a town, a county) gets JTS's indexed point-in-area locator (what a
     * PreparedPolygon uses inside), built here once, so readers on many threads neither build nor lock.
     */
    record Area(String code, Envelope envelope, PointOnGeometryLocator locator) {

        private static final int SMALL = 64;

        static Area of(String code, Geometry boundary) {
            PointOnGeometryLocator locator = boundary.getNumPoints() <= SMALL
                    ? new Rings(boundary)
                    : new IndexedPointInAreaLocator(boundary);
            locator.locate(boundary.getEnvelopeInternal().centre());
            return new Area(code, boundary.getEnvelopeInternal(), locator);
        }

        boolean covers(Coordinate point) {
            return locator.locate(point) != Location.EXTERIOR;
        }
    }

    /** The rings of a Polygon or MultiPolygon: in one polygon's shell and in none of its holes. */
    private static final class Rings implements PointOnGeometryLocator {

        private final CoordinateSequence[][] polygons;

        Rings(Geometry boundary) {
            polygons = new CoordinateSequence[boundary.getNumGeometries()][];
            for (int i = 0; i < polygons.length; i++) {
                Polygon polygon = (Polygon) boundary.getGeometryN(i);
                CoordinateSequence[] rings = new CoordinateSequence[1 + polygon.getNumInteriorRing()];
                rings[0] = polygon.getExteriorRing().getCoordinateSequence();
                for (int hole = 0; hole < polygon.getNumInteriorRing(); hole++) {
                    rings[hole + 1] = polygon.getInteriorRingN(hole).getCoordinateSequence();
                }
                polygons[i] = rings;
            }
        }

        @Override
        public int locate(Coordinate point) {
            for (CoordinateSequence[] rings : polygons) {
                int inShell = RayCrossingCounter.locatePointInRing(point, rings[0]);
                if (inShell == Location.EXTERIOR) {
                    continue;
                }
                if (inShell == Location.BOUNDARY) {
                    return Location.BOUNDARY;
                }
                int inside = Location.INTERIOR;
                for (int hole = 1; hole < rings.length && inside == Location.INTERIOR; hole++) {
                    int inHole = RayCrossingCounter.locatePointInRing(point, rings[hole]);
                    inside = inHole == Location.INTERIOR ? Location.EXTERIOR : inHole == Location.BOUNDARY ? Location.BOUNDARY : inside;
                }
                if (inside != Location.EXTERIOR) {
                    return inside;
                }
            }
            return Location.EXTERIOR;
        }
    }

    /** Among the units of one level, the lowest code covering the point. */
    private static final class Search implements ItemVisitor {

        private final Coordinate point;
        private Area best;

        Search(Coordinate point) {
            this.point = point;
        }

        @Override
        public void visitItem(Object item) {
            Area candidate = (Area) item;
            if ((best == null || candidate.code().compareTo(best.code()) < 0) && candidate.covers(point)) {
                best = candidate;
            }
        }
    }
}
