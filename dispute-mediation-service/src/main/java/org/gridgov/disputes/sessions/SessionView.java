package org.gridgov.disputes.sessions;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.gridgov.disputes.levels.Level;
import org.gridgov.disputes.levels.Room;

record SessionView(UUID sessionId, String unitCode, Level level, Room room, String place, Instant startsAt,
                   List<String> mediatorAccountIds, List<UUID> invitedPartyIds, boolean held, SessionOutcome outcome,
                   String minutes, Boolean allPartiesAttended, Instant heldAt) {
}
