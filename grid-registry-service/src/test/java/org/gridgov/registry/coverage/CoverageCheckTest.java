package org.gridgov.registry.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.registry.Shapes.box;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

class CoverageCheckTest {

    private final CoverageCheck check = new CoverageCheck(1.0);
    private final Geometry village = box(0, 0, 2, 2);

    @Test
    void fourQuartersTileTheirVillage() {
        CoverageReport report = check.check("130527101201", village, children(
                "130527101201001", box(0, 0, 1, 1), "130527101201002", box(1, 0, 2, 1),
                "130527101201003", box(0, 1, 1, 2), "130527101201004", box(1, 1, 2, 2)));

        assertThat(report.tiled()).isTrue();
        assertThat(report.gaps()).isEmpty();
        assertThat(report.coveredArea()).isCloseTo(report.parentArea(), Offset.offset(1.0));
    }

    @Test
    void missingQuarterIsAGapWithItsArea() {
        CoverageReport report = check.check("130527101201", village, children(
                "130527101201001", box(0, 0, 1, 1), "130527101201002", box(1, 0, 2, 1),
                "130527101201003", box(0, 1, 1, 2)));

        assertThat(report.tiled()).isFalse();
        assertThat(report.gaps()).singleElement().satisfies(gap -> {
            assertThat(gap.area()).isBetween(986_000.0, 990_000.0);
            assertThat(gap.geometry().equalsTopo(box(1, 1, 2, 2))).isTrue();
        });
    }

    @Test
    void twoGridsClaimingTheSameGroundOverlap() {
        CoverageReport report = check.check("130527101201", village, children(
                "130527101201001", box(0, 0, 1.5, 2), "130527101201002", box(1, 0, 2, 2)));

        assertThat(report.gaps()).isEmpty();
        assertThat(report.overlaps()).singleElement().satisfies(overlap -> {
            assertThat(overlap.codes()).containsExactly("130527101201001", "130527101201002");
            assertThat(overlap.area()).isBetween(986_000.0, 990_000.0);
        });
    }

    @Test
    void gridReachingBeyondItsVillageSticksOut() {
        CoverageReport report = check.check("130527101201", village, children(
                "130527101201001", box(0, 0, 1, 2), "130527101201002", box(1, 0, 3, 2)));

        assertThat(report.outside()).singleElement().satisfies(outside -> {
            assertThat(outside.code()).isEqualTo("130527101201002");
            assertThat(outside.area()).isBetween(2 * 986_000.0, 2 * 990_000.0);
        });
    }

    @Test
    void sliversBelowTheThresholdAreNoiseAndChildrenWithoutBoundaryAreListed() {
        CoverageReport report = check.check("130527101201", village, children(
                "130527101201001", box(0, 0, 1, 2), "130527101201002", box(1.0000001, 0, 2, 2),
                "130527101201003", null));

        assertThat(report.gaps()).isEmpty();
        assertThat(report.withoutBoundary()).containsExactly("130527101201003");
        assertThat(report.tiled()).isFalse();
    }

    private static Map<String, Geometry> children(Object... codesAndBoundaries) {
        Map<String, Geometry> children = new LinkedHashMap<>();
        List<Object> pairs = Arrays.asList(codesAndBoundaries);
        for (int i = 0; i < pairs.size(); i += 2) {
            children.put((String) pairs.get(i), (Geometry) pairs.get(i + 1));
        }
        return children;
    }
}
