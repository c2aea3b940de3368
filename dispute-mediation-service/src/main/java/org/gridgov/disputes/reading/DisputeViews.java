package org.gridgov.disputes.reading;

import java.time.Clock;

import org.gridgov.disputes.levels.Deadlines;
import org.gridgov.disputes.lifecycle.Dispute;
import org.gridgov.disputes.lifecycle.PartyRepository;
import org.gridgov.disputes.lifecycle.PersonalText;
import org.springframework.stereotype.Component;

/** Builds the views every endpoint answers with. */
@Component
public class DisputeViews {

    private final PartyRepository parties;
    private final PersonalText personal;
    private final Deadlines deadlines;
    private final Clock clock;

    DisputeViews(PartyRepository parties, PersonalText personal, Deadlines deadlines, Clock clock) {
        this.parties = parties;
        this.personal = personal;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    public DisputeView of(Dispute dispute) {
        return DisputeView.of(dispute, parties.of(dispute.id()), personal, deadlines, clock.instant());
    }
}
