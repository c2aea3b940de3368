package org.gridgov.cases.duplicates;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * When a new report repeats an open case: the same category, within {@code radiusMetres} of it
 * (great-circle distance) and within {@code window} of its report, before or after. Several
 * residents calling about one burst pipe make one case, not five.
 */
public final class DuplicateRule {

    /** The mean radius of the Earth (IUGG), in metres. */
    static final double EARTH_RADIUS_METRES = 6_371_008.8;
    private static final double METRES_PER_DEGREE = Math.PI / 180 * EARTH_RADIUS_METRES;

    private final double radiusMetres;
    private final Duration window;

    public DuplicateRule(double radiusMetres, Duration window) {
        if (!(radiusMetres > 0) || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a duplicate lies within a positive distance and time");
        }
        this.radiusMetres = radiusMetres;
        this.window = window;
    }

    /** The great-circle distance between two points (haversine), in metres. */
    public static double distanceMetres(Point one, Point other) {
        double lat1 = Math.toRadians(one.latitude());
        double lat2 = Math.toRadians(other.latitude());
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(other.longitude() - one.longitude());
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /**
     * Where and when candidates may lie: a box of latitude and longitude a little larger than the
     * circle, which indexed columns answer; the exact distance is checked on what it holds.
     */
    public Area searchArea(Point point, Instant reportedAt) {
        // 0.1 % margin: the box must never cut off a point the circle holds.
        double dLat = radiusMetres / METRES_PER_DEGREE * 1.001;
        double dLon = dLat / Math.max(0.01, Math.cos(Math.toRadians(point.latitude())));
        return new Area(point.latitude() - dLat, point.latitude() + dLat, point.longitude() - dLon,
                point.longitude() + dLon, reportedAt.minus(window), reportedAt.plus(window));
    }

    /** Whether a report at {@code point} and {@code reportedAt} repeats the candidate. */
    public boolean repeats(Point point, Instant reportedAt, Candidate candidate) {
        return distanceMetres(point, candidate.point()) <= radiusMetres
                && Duration.between(candidate.reportedAt(), reportedAt).abs().compareTo(window) <= 0;
    }

    /** The case a report repeats, among candidates of its category: the nearest, the earliest of equals. */
    public Optional<Candidate> originalOf(Point point, Instant reportedAt, List<Candidate> candidates) {
        return candidates.stream()
                .filter(candidate -> repeats(point, reportedAt, candidate))
                .min(Comparator.comparingDouble((Candidate candidate) -> distanceMetres(point, candidate.point()))
                        .thenComparing(Candidate::reportedAt));
    }

    /**
     * Advisory lock keys that two reports able to repeat each other always share, so they are
     * checked one after the other and the second sees the first: the cells of a fixed lattice
     * (a side of twice the radius) that the search area touches, in ascending order.
     */
    public long[] lockKeys(String category, Area area) {
        double cell = 2 * radiusMetres / METRES_PER_DEGREE;
        long firstRow = (long) Math.floor(area.minLatitude() / cell);
        long lastRow = (long) Math.floor(area.maxLatitude() / cell);
        long firstColumn = (long) Math.floor(area.minLongitude() / cell);
        long lastColumn = (long) Math.floor(area.maxLongitude() / cell);
        long[] keys = new long[(int) ((lastRow - firstRow + 1) * (lastColumn - firstColumn + 1))];
        int i = 0;
        for (long row = firstRow; row <= lastRow; row++) {
            for (long column = firstColumn; column <= lastColumn; column++) {
                keys[i++] = ((long) category.hashCode() << 32) ^ (row * 73_856_093L) ^ (column * 19_349_663L);
            }
        }
        Arrays.sort(keys);
        return keys;
    }

    /** A position, in degrees (WGS 84). */
    public record Point(double latitude, double longitude) {
    }

    /** A box of latitude and longitude and a span of report times. */
    public record Area(double minLatitude, double maxLatitude, double minLongitude, double maxLongitude,
                       Instant from, Instant to) {
    }

    /** An open case of the same category that a report might repeat. */
    public record Candidate(UUID caseId, String trackingCode, Point point, Instant reportedAt) {
    }
}
