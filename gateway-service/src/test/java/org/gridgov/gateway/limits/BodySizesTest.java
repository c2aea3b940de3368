package org.gridgov.gateway.limits;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BodySizesTest {

    private static final long DEFAULT = DataSize.ofMegabytes(1).toBytes();

    private final BodySizes sizes = new BodySizes(DEFAULT, Map.of(
            "census", new LimitProperties.PathBodySize("/api/census/imports", DataSize.ofMegabytes(128)),
            "units", new LimitProperties.PathBodySize("/api/units/import/", DataSize.ofMegabytes(64))));

    @Test
    void anImportPathGetsItsOwnSize() {
        assertThat(sizes.maxFor("/api/census/imports")).isEqualTo(DataSize.ofMegabytes(128).toBytes());
        assertThat(sizes.maxFor("/api/units/import")).isEqualTo(DataSize.ofMegabytes(64).toBytes());
    }

    @Test
    void pathsBelowAnImportPathGetItsSizeToo() {
        assertThat(sizes.maxFor("/api/census/imports/2025-04")).isEqualTo(DataSize.ofMegabytes(128).toBytes());
    }

    @Test
    void aPathThatOnlyBeginsWithTheSameLettersGetsTheDefault() {
        assertThat(sizes.maxFor("/api/census/importsx")).isEqualTo(DEFAULT);
        assertThat(sizes.maxFor("/api/units/importer")).isEqualTo(DEFAULT);
    }

    @Test
    void everyOtherPathOfTheSameServiceGetsTheDefault() {
        assertThat(sizes.maxFor("/api/units/130527100")).isEqualTo(DEFAULT);
        assertThat(sizes.maxFor("/api/residents")).isEqualTo(DEFAULT);
    }

    @Test
    void aPathSpeltOtherwiseNeverGetsMoreThanTheDefault() {
        assertThat(sizes.maxFor("/api/census/%69mports")).isEqualTo(DEFAULT);
        assertThat(sizes.maxFor("//api/census/imports")).isEqualTo(DEFAULT);
        assertThat(sizes.maxFor("/api/census/imports;v=1")).isEqualTo(DEFAULT);
    }

    @Test
    void theMostSpecificPathWins() {
        BodySizes nested = new BodySizes(DEFAULT, Map.of(
                "units", new LimitProperties.PathBodySize("/api/units", DataSize.ofKilobytes(512)),
                "imports", new LimitProperties.PathBodySize("/api/units/import", DataSize.ofMegabytes(64))));

        assertThat(nested.maxFor("/api/units/import")).isEqualTo(DataSize.ofMegabytes(64).toBytes());
        assertThat(nested.maxFor("/api/units/130527")).isEqualTo(DataSize.ofKilobytes(512).toBytes());
    }

    @Test
    void aSizeWithoutAPathIsRefusedAtStart() {
        Map<String, LimitProperties.PathBodySize> broken = Map.of(
                "census", new LimitProperties.PathBodySize(null, DataSize.ofMegabytes(128)));

        assertThatThrownBy(() -> new BodySizes(DEFAULT, broken))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gridgov.gateway.limits.body-sizes.census");
    }
}
