package org.gridgov.events.cases;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.gridgov.events.EventType;

/**
 * A report from any channel (grid worker's app, resident's web form or QR code, hotline, sensor).
 * The {@code ce_id} is the report id, so a channel that re-sends the same report is harmless.
 * The reporter is a reference ({@code reporterRef}); contact details never travel in events.
 */
@EventType(value = "org.gridgov.case.reported.v1", schema = "case/reported.v1.json")
public record CaseReported(UUID reportId, String category, String description, Double longitude, Double latitude,
                           String gridCode, String addressText, String channel, List<String> photoUrls,
                           int peopleInvolved, boolean riskFlag, String reporterRef, Instant reportedAt) {
}
