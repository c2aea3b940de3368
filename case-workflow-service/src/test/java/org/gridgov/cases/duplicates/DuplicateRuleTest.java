package org.gridgov.cases.duplicates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.gridgov.cases.duplicates.DuplicateRule.Candidate;
import org.gridgov.cases.duplicates.DuplicateRule.Point;
import org.junit.jupiter.api.Test;

class DuplicateRuleTest {

    /** Beside the canal bridge in a Nanhe grid. */
    private static final Point BRIDGE = new Point(37.0012, 114.6902);
    private static final Instant MORNING = Instant.parse("2026-03-09T01:00:00Z");
    private static final double METRES_PER_DEGREE = Math.PI / 180 * DuplicateRule.EARTH_RADIUS_METRES;

    private final DuplicateRule rule = new DuplicateRule(50, Duration.ofHours(24));

    @Test
    void distanceAlongAMeridianIsTheArcLength() {
        assertThat(DuplicateRule.distanceMetres(BRIDGE, north(BRIDGE, 50))).isCloseTo(50, within(1e-6));
    }

    @Test
    void reportJustInsideTheRadiusRepeatsTheCase() {
        Candidate open = candidate(north(BRIDGE, 49.99), MORNING);

        assertThat(rule.repeats(BRIDGE, MORNING.plusSeconds(60), open)).isTrue();
    }

    @Test
    void reportJustOutsideTheRadiusIsACaseOfItsOwn() {
        Candidate open = candidate(north(BRIDGE, 50.01), MORNING);

        assertThat(rule.repeats(BRIDGE, MORNING.plusSeconds(60), open)).isFalse();
    }

    @Test
    void reportAtTheEndOfTheWindowRepeatsTheCaseAndOneSecondLaterDoesNot() {
        Candidate open = candidate(BRIDGE, MORNING);

        assertThat(rule.repeats(BRIDGE, MORNING.plus(Duration.ofHours(24)), open)).isTrue();
        assertThat(rule.repeats(BRIDGE, MORNING.plus(Duration.ofHours(24)).plusSeconds(1), open)).isFalse();
        // A report that reached us late repeats a case reported after it just the same.
        assertThat(rule.repeats(BRIDGE, MORNING.minus(Duration.ofHours(24)), open)).isTrue();
    }

    @Test
    void nearestOpenCaseIsTheOriginal() {
        Candidate far = candidate(north(BRIDGE, 40), MORNING);
        Candidate near = candidate(east(BRIDGE, 10), MORNING.plusSeconds(3600));
        Candidate outside = candidate(east(BRIDGE, 60), MORNING);

        assertThat(rule.originalOf(BRIDGE, MORNING.plusSeconds(7200), List.of(far, outside, near))).contains(near);
        assertThat(rule.originalOf(BRIDGE, MORNING.plusSeconds(7200), List.of(outside))).isEmpty();
    }

    @Test
    void searchAreaHoldsTheWholeCircle() {
        DuplicateRule.Area area = rule.searchArea(BRIDGE, MORNING);

        for (Point edge : List.of(north(BRIDGE, 50), north(BRIDGE, -50), east(BRIDGE, 50), east(BRIDGE, -50))) {
            assertThat(edge.latitude()).isBetween(area.minLatitude(), area.maxLatitude());
            assertThat(edge.longitude()).isBetween(area.minLongitude(), area.maxLongitude());
        }
        assertThat(area.from()).isEqualTo(MORNING.minus(Duration.ofHours(24)));
        assertThat(area.to()).isEqualTo(MORNING.plus(Duration.ofHours(24)));
    }

    @Test
    void reportsThatMayRepeatEachOtherAlwaysShareALock() {
        Random random = new Random(2026);
        for (int i = 0; i < 10_000; i++) {
            Point one = east(north(BRIDGE, random.nextDouble() * 2_000), random.nextDouble() * 2_000);
            double bearing = random.nextDouble() * 2 * Math.PI;
            double distance = random.nextDouble() * 50;
            Point other = east(north(one, distance * Math.cos(bearing)), distance * Math.sin(bearing));

            long[] mine = rule.lockKeys("ENV_GARBAGE", rule.searchArea(one, MORNING));
            long[] theirs = rule.lockKeys("ENV_GARBAGE", rule.searchArea(other, MORNING));

            assertThat(Arrays.stream(mine).anyMatch(key -> Arrays.stream(theirs).anyMatch(their -> their == key)))
                    .as("points %s and %s", one, other).isTrue();
            assertThat(mine).isSorted();
        }
    }

    private static Candidate candidate(Point point, Instant reportedAt) {
        return new Candidate(UUID.randomUUID(), "7K3M9QZT2A", point, reportedAt);
    }

    private static Point north(Point from, double metres) {
        return new Point(from.latitude() + metres / METRES_PER_DEGREE, from.longitude());
    }

    private static Point east(Point from, double metres) {
        return new Point(from.latitude(),
                from.longitude() + metres / (METRES_PER_DEGREE * Math.cos(Math.toRadians(from.latitude()))));
    }
}
