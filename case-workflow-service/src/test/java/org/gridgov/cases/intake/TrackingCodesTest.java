package org.gridgov.cases.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class TrackingCodesTest {

    private final TrackingCodes codes = new TrackingCodes();

    @Test
    void codeIsTenCharactersThatCannotBeMisheardOnThePhone() {
        for (int i = 0; i < 1_000; i++) {
            assertThat(codes.next()).matches("[0-9A-HJKMNP-TV-Z]{10}");
        }
    }

    @Test
    void codesDoNotRepeat() {
        Set<String> seen = new HashSet<>();

        for (int i = 0; i < 100_000; i++) {
            seen.add(codes.next());
        }

        assertThat(seen).hasSize(100_000);
    }
}
