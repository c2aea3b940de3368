package org.gridgov.cases.lifecycle;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A report as it arrived, from any channel; the facts of a case that never change. The reporter's
 * contact is not part of it: it is kept apart and never travels.
 */
public record Report(UUID reportId, String category, String description, Double longitude, Double latitude,
                     String gridCode, String addressText, String channel, List<String> photoUrls,
                     int peopleInvolved, boolean riskFlag, String reporterRef, Instant reportedAt) {

    public Report {
        photoUrls = photoUrls == null ? List.of() : List.copyOf(photoUrls);
    }

    /** The same report under a new id. */
    public Report withNewId() {
        return new Report(UUID.randomUUID(), category, description, longitude, latitude, gridCode, addressText, channel,
                photoUrls, peopleInvolved, riskFlag, reporterRef, reportedAt);
    }

    public boolean hasCoordinates() {
        return longitude != null && latitude != null;
    }
}
