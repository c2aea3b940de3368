package org.gridgov.registry.coverage;

import java.util.List;

import org.locationtech.jts.geom.Geometry;

/**
 * Whether a unit's children tile it, and where they do not. Areas in square metres.
 *
 * @param children        how many active children the unit has
 * @param parentArea      the unit's own area
 * @param coveredArea     the part of the unit its children cover
 * @param tiled           children exist, all have boundaries, and there is no gap, overlap or protrusion
 * @param withoutBoundary children that have no boundary drawn
 */
public record CoverageReport(String parentCode, int children, double parentArea, double coveredArea, boolean tiled,
                             List<Gap> gaps, List<Overlap> overlaps, List<Outside> outside,
                             List<String> withoutBoundary) {

    /** Ground of the parent no child covers. */
    public record Gap(double area, Geometry geometry) {
    }

    /** Ground two children both claim. */
    public record Overlap(List<String> codes, double area, Geometry geometry) {
    }

    /** Ground a child claims outside its parent. */
    public record Outside(String code, double area, Geometry geometry) {
    }
}
