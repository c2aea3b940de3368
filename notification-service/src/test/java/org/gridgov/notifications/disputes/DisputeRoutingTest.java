package org.gridgov.notifications.disputes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.notifications.disputes.DisputeEvents.TOWN;
import static org.gridgov.notifications.disputes.DisputeEvents.VILLAGE;
import static org.gridgov.notifications.disputes.DisputeEvents.facts;
import static org.gridgov.notifications.routing.Channel.EMAIL;
import static org.gridgov.notifications.routing.Channel.INBOX;
import static org.gridgov.notifications.routing.Channel.SMS;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gridgov.notifications.routing.Addressee;
import org.gridgov.notifications.routing.Addressing;
import org.gridgov.notifications.routing.Audience;
import org.gridgov.notifications.routing.Followers;
import org.gridgov.notifications.routing.Recipient;
import org.gridgov.notifications.routing.RoutingPolicy;
import org.gridgov.notifications.routing.RoutingRule;
import org.gridgov.notifications.routing.StaffTable;
import org.gridgov.notifications.routing.Staffing;
import org.gridgov.notifications.routing.UnitScope;
import org.junit.jupiter.api.Test;

/** The shipped dispute rules (as in application.yaml) on a quarrel that climbs from the village to the town. */
class DisputeRoutingTest {

    private static final Staffing DONGSANZHAO = new StaffTable(Map.of(
            TOWN, Map.of("GRID_LEADER", "tl-100", "MEDIATOR", "med-100", "COMMAND_CENTRE", "cc-100"),
            VILLAGE, Map.of("GRID_LEADER", "vl-201", "MEDIATOR", "med-201")));
    private static final Followers TOWN_CENTRE = (unitCode, category) ->
            unitCode.startsWith(TOWN) && category == null ? List.of("centre-town") : List.of();
    private static final Addressing LEADER = new Addressing(Audience.STAFF, "GRID_LEADER", UnitScope.UNIT);
    private static final Addressing UNIT_MEDIATOR = new Addressing(Audience.STAFF, "MEDIATOR", UnitScope.UNIT);
    private static final Addressing UNIT_CENTRE = new Addressing(Audience.STAFF, "COMMAND_CENTRE", UnitScope.UNIT);
    private static final Addressing SESSION_MEDIATORS = new Addressing(Audience.MEDIATORS, null, null);
    private static final Addressing SUBSCRIBERS = new Addressing(Audience.SUBSCRIBERS, null, null);

    private final RoutingPolicy policy = new RoutingPolicy(List.of(
            new RoutingRule("org.gridgov.dispute.opened.v1", "dispute-opened", false, Set.of(INBOX, EMAIL),
                    List.of(LEADER, UNIT_MEDIATOR, SUBSCRIBERS)),
            new RoutingRule("org.gridgov.dispute.escalated.v1", "dispute-escalated", false, Set.of(INBOX, EMAIL),
                    List.of(LEADER, UNIT_MEDIATOR, UNIT_CENTRE, SUBSCRIBERS)),
            new RoutingRule("org.gridgov.dispute.session-scheduled.v1", "dispute-session-scheduled", false,
                    Set.of(INBOX, SMS, EMAIL), List.of(SESSION_MEDIATORS)),
            new RoutingRule("org.gridgov.dispute.agreement-followed-up.v1", "dispute-agreement-followed-up", false,
                    Set.of(INBOX), List.of(LEADER, SESSION_MEDIATORS))));

    @Test
    void disputeArrivingAtTheVillageReachesItsLeaderItsMediatorAndTheTownCentre() {
        List<Addressee> addressees = policy.addressees(facts(DisputeEvents.opened()), DONGSANZHAO, TOWN_CENTRE);

        assertThat(addressees).extracting(Addressee::recipient).containsExactly(Recipient.account("vl-201"),
                Recipient.account("med-201"), Recipient.account("centre-town"));
    }

    @Test
    void scheduledSessionInvitesExactlyTheMediatorsItNamesNeverTheParties() {
        DisputeFacts scheduled = facts(DisputeEvents.villageSession(Instant.parse("2026-11-22T01:30:00Z"),
                Instant.parse("2026-11-20T02:00:00Z")));

        List<Addressee> addressees = policy.addressees(scheduled, DONGSANZHAO, TOWN_CENTRE);

        assertThat(addressees).containsExactly(new Addressee(Recipient.account("med-201"), Set.of(INBOX, SMS, EMAIL),
                "dispute-session-scheduled", false));
    }

    @Test
    void escalationReachesTheTownsLeaderMediatorAndCommandCentreNotTheVillage() {
        List<Addressee> addressees = policy.addressees(facts(DisputeEvents.escalatedToTown()), DONGSANZHAO, TOWN_CENTRE);

        assertThat(addressees).extracting(Addressee::recipient).containsExactly(Recipient.account("tl-100"),
                Recipient.account("med-100"), Recipient.account("cc-100"), Recipient.account("centre-town"));
    }

    @Test
    void followUpReachesTheMediatorsOfTheLastSessionAtTheLevelHoldingTheDispute() {
        KnownDispute atTown = KnownDispute.NOTHING.after(facts(DisputeEvents.opened()))
                .after(facts(DisputeEvents.villageSession(Instant.parse("2026-11-22T01:30:00Z"),
                        Instant.parse("2026-11-20T02:00:00Z"))))
                .after(facts(DisputeEvents.escalatedToTown()))
                .after(facts(DisputeEvents.townSession()));

        List<Addressee> addressees = policy.addressees(
                facts(DisputeEvents.notPerformedAndReopened()).completedWith(atTown), DONGSANZHAO, TOWN_CENTRE);

        assertThat(addressees).extracting(Addressee::recipient).containsExactly(Recipient.account("tl-100"),
                Recipient.account("med-100"));
    }
}
