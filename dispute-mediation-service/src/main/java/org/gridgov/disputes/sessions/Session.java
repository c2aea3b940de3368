package org.gridgov.disputes.sessions;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.gridgov.disputes.levels.Level;
import org.gridgov.disputes.levels.Room;

/** A mediation session of a dispute, scheduled and perhaps held. */
public record Session(UUID id, UUID disputeId, String unitCode, Level level, Room room, String place,
                      Instant startsAt, List<String> mediators, Instant scheduledAt, boolean held,
                      SessionOutcome outcome, String minutesSealed, Boolean allAttended, Instant heldAt) {
}
