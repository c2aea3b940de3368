package org.gridgov.registry.locate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.registry.Shapes.LAT;
import static org.gridgov.registry.Shapes.LON;
import static org.gridgov.registry.Shapes.box;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

class LocateIndexTest {

    private static final String VILLAGE = "130527101201";
    private static final String WEST = "130527101201001";
    private static final String EAST = "130527101201002";

    @Test
    void pointFallsInTheDeepestUnitContainingIt() {
        LocateIndex index = LocateIndex.of(Map.of(VILLAGE, box(0, 0, 2, 1), WEST, box(0, 0, 1, 1), EAST, box(1, 0, 2, 1)));

        assertThat(index.locate(LON + 0.005, LAT + 0.005)).contains(WEST);
        assertThat(index.locate(LON + 0.015, LAT + 0.005)).contains(EAST);
    }

    @Test
    void pointOnASharedEdgeGoesToTheLowerCodeWhateverTheLoadingOrder() {
        Map<String, Geometry> eastFirst = new LinkedHashMap<>();
        eastFirst.put(EAST, box(1, 0, 2, 1));
        eastFirst.put(WEST, box(0, 0, 1, 1));

        LocateIndex index = LocateIndex.of(eastFirst);

        assertThat(index.locate(LON + 0.01, LAT + 0.005)).contains(WEST);
    }

    @Test
    void pointInsideAVillageButNoGridFallsInTheVillage() {
        LocateIndex index = LocateIndex.of(Map.of(VILLAGE, box(0, 0, 2, 1), WEST, box(0, 0, 1, 1)));

        assertThat(index.locate(LON + 0.015, LAT + 0.005)).contains(VILLAGE);
    }

    @Test
    void pointInTheHoleOfADonutOrInAnyPartOfAMultiPolygonFallsWhereItLies() {
        Geometry donut = box(0, 0, 3, 3).difference(box(1, 1, 2, 2));
        Geometry islands = box(0, 5, 1, 6).union(box(2, 5, 3, 6));
        LocateIndex index = LocateIndex.of(Map.of(WEST, donut, EAST, islands));

        assertThat(index.locate(LON + 0.015, LAT + 0.015)).isEmpty();
        assertThat(index.locate(LON + 0.005, LAT + 0.015)).contains(WEST);
        assertThat(index.locate(LON + 0.01, LAT + 0.015)).contains(WEST);
        assertThat(index.locate(LON + 0.025, LAT + 0.055)).contains(EAST);
    }

    @Test
    void pointOutsideEveryUnitFallsNowhere() {
        LocateIndex index = LocateIndex.of(Map.of(WEST, box(0, 0, 1, 1)));

        assertThat(index.locate(LON + 0.05, LAT + 0.005)).isEmpty();
        assertThat(LocateIndex.of(Map.of()).locate(LON, LAT)).isEmpty();
    }
}
