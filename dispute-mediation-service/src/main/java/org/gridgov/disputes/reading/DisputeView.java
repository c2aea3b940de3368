package org.gridgov.disputes.reading;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.gridgov.disputes.levels.Deadlines;
import org.gridgov.disputes.levels.DisputeType;
import org.gridgov.disputes.levels.Level;
import org.gridgov.disputes.levels.Light;
import org.gridgov.disputes.levels.Risk;
import org.gridgov.disputes.levels.RiskLevel;
import org.gridgov.disputes.levels.Room;
import org.gridgov.disputes.lifecycle.Dispute;
import org.gridgov.disputes.lifecycle.DisputeState;
import org.gridgov.disputes.lifecycle.Party;
import org.gridgov.disputes.lifecycle.PartyKind;
import org.gridgov.disputes.lifecycle.PersonalText;
import org.gridgov.disputes.lifecycle.Side;
import org.gridgov.disputes.lifecycle.Source;
import org.gridgov.runtime.privacy.Masking;

/**
 * A dispute as staff see it. Outsiders' names and phones are shown masked; the light is null once
 * the dispute no longer runs against a level's time limit; {@code overdueNotedAt} says when its time
 * limit ran out at the county, where it could climb no higher.
 */
public record DisputeView(UUID id, DisputeType type, String gridCode, String unitCode, Level level, Room room,
                          RiskLevel riskLevel, List<Risk> risks, int peopleInvolved, BigDecimal amountInDispute,
                          Source source, UUID caseId, String summary, DisputeState state, Instant openedAt,
                          Instant arrivedAt, Instant dueAt, Light light, Instant overdueNotedAt, int reopenCount,
                          List<PartyView> parties) {

    public record PartyView(UUID partyId, PartyKind kind, UUID reference, Side side, String name, String phone) {
    }

    public static DisputeView of(Dispute dispute, List<Party> parties, PersonalText personal, Deadlines deadlines,
                                 Instant now) {
        Light light = dispute.state() == DisputeState.OPEN
                ? deadlines.light(dispute.arrivedAt(), dispute.dueAt(), now) : null;
        return new DisputeView(dispute.id(), dispute.type(), dispute.gridCode(), dispute.unitCode(), dispute.level(),
                dispute.room(), dispute.riskLevel(), dispute.risks().stream().sorted().toList(),
                dispute.peopleInvolved(), dispute.amountInDispute(), dispute.source(), dispute.caseId(),
                personal.unseal(dispute.summarySealed()), dispute.state(), dispute.openedAt(), dispute.arrivedAt(),
                dispute.dueAt(), light, dispute.overdueNotedAt(), dispute.reopenCount(),
                parties.stream().map(party -> new PartyView(party.id(), party.kind(), party.reference(), party.side(),
                        masked(personal.unseal(party.nameSealed()), true),
                        masked(personal.unseal(party.phoneSealed()), false))).toList());
    }

    private static String masked(String value, boolean name) {
        if (value == null) {
            return null;
        }
        return name ? Masking.name(value) : Masking.phone(value);
    }
}
