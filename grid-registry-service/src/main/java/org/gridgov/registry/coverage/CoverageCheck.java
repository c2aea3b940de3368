package org.gridgov.registry.coverage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.gridgov.registry.geometry.LocalProjection;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * Do the children tile the parent (横向到边、纵向到底)? Gaps are parts of the parent no child
 * covers, overlaps are parts two children both claim, and children sticking out cover ground
 * outside the parent. Areas are in square metres, measured in a {@link LocalProjection} around
 * the parent; pieces smaller than {@code minArea} are drawing noise (rounded coordinates), not
 * findings.
 */
public final class CoverageCheck {

    private final double minArea;

    /** @param minArea the smallest gap, overlap or protrusion reported, in square metres */
    public CoverageCheck(double minArea) {
        this.minArea = minArea;
    }

    /**
     * @param children the children's boundaries by code; children without a boundary are listed apart
     */
    public CoverageReport check(String parentCode, Geometry parent, Map<String, Geometry> children) {
        LocalProjection projection = LocalProjection.around(parent);
        Map<String, Geometry> drawn = new TreeMap<>();
        List<String> undrawn = new ArrayList<>();
        children.forEach((code, boundary) -> {
            if (boundary == null || boundary.isEmpty()) {
                undrawn.add(code);
            } else {
                drawn.put(code, boundary);
            }
        });
        undrawn.sort(Comparator.naturalOrder());

        Geometry union = drawn.isEmpty() ? parent.getFactory().createPolygon() : UnaryUnionOp.union(drawn.values());
        List<CoverageReport.Gap> gaps = new ArrayList<>();
        for (Polygon piece : pieces(OverlayNGRobust.overlay(parent, union, OverlayNG.DIFFERENCE))) {
            double area = projection.areaOf(piece);
            if (area >= minArea) {
                gaps.add(new CoverageReport.Gap(area, piece));
            }
        }
        List<CoverageReport.Outside> outside = new ArrayList<>();
        drawn.forEach((code, boundary) -> {
            Geometry beyond = OverlayNGRobust.overlay(boundary, parent, OverlayNG.DIFFERENCE);
            double area = projection.areaOf(beyond);
            if (area >= minArea) {
                outside.add(new CoverageReport.Outside(code, area, beyond));
            }
        });
        List<CoverageReport.Overlap> overlaps = overlaps(drawn, projection);
        double covered = projection.areaOf(OverlayNGRobust.overlay(parent, union, OverlayNG.INTERSECTION));
        boolean tiled = !drawn.isEmpty() && undrawn.isEmpty() && gaps.isEmpty() && overlaps.isEmpty() && outside.isEmpty();
        return new CoverageReport(parentCode, children.size(), projection.areaOf(parent), covered, tiled, gaps,
                overlaps, outside, undrawn);
    }

    private List<CoverageReport.Overlap> overlaps(Map<String, Geometry> drawn, LocalProjection projection) {
        STRtree index = new STRtree();
        drawn.forEach((code, boundary) -> index.insert(boundary.getEnvelopeInternal(), code));
        List<CoverageReport.Overlap> overlaps = new ArrayList<>();
        drawn.forEach((code, boundary) -> {
            @SuppressWarnings("unchecked")
            List<String> neighbours = index.query(boundary.getEnvelopeInternal());
            neighbours.stream().filter(other -> code.compareTo(other) < 0).sorted().forEach(other -> {
                Geometry shared = OverlayNGRobust.overlay(boundary, drawn.get(other), OverlayNG.INTERSECTION);
                Geometry polygonal = shared.getFactory().buildGeometry(PolygonExtracter.getPolygons(shared));
                double area = projection.areaOf(polygonal);
                if (area >= minArea) {
                    overlaps.add(new CoverageReport.Overlap(List.of(code, other), area, polygonal));
                }
            });
        });
        return overlaps;
    }

    @SuppressWarnings("unchecked")
    private static List<Polygon> pieces(Geometry geometry) {
        return (List<Polygon>) (List<?>) PolygonExtracter.getPolygons(geometry);
    }
}
