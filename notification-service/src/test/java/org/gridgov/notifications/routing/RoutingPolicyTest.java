package org.gridgov.notifications.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.notifications.routing.Channel.EMAIL;
import static org.gridgov.notifications.routing.Channel.INBOX;
import static org.gridgov.notifications.routing.Channel.SMS;
import static org.gridgov.notifications.routing.Channel.WEBHOOK;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class RoutingPolicyTest {

    private static final String COUNTY = "130527";
    private static final String TOWN = "130527100";
    private static final String VILLAGE = "130527100201";
    private static final String GRID = "130527100201001";

    private static final Staffing NANHE = new StaffTable(Map.of(
            COUNTY, Map.of("SUPERVISOR", "sup-county"),
            TOWN, Map.of("GRID_LEADER", "tl-100"),
            VILLAGE, Map.of("GRID_LEADER", "vl-201"),
            GRID, Map.of("GRID_WORKER", "gw-1", "GRID_LEADER", "gl-1")));

    private static final Followers TOWN_CENTRE = (unitCode, category) ->
            unitCode.startsWith(TOWN) ? List.of("centre-town", "vl-201") : List.of();

    private final RoutingPolicy policy = new RoutingPolicy(List.of(
            new RoutingRule("org.gridgov.case.assigned.v1", "case-assigned", false, Set.of(INBOX, SMS),
                    List.of(new Addressing(Audience.ASSIGNEE, null, null))),
            new RoutingRule("org.gridgov.case.overdue.v1", "case-overdue", true, Set.of(INBOX, SMS, WEBHOOK),
                    List.of(new Addressing(Audience.STAFF, "GRID_LEADER", UnitScope.UNIT_AND_ANCESTORS),
                            new Addressing(Audience.STAFF, "SUPERVISOR", UnitScope.ANCESTORS),
                            new Addressing(Audience.DEPARTMENT, null, null))),
            new RoutingRule("org.gridgov.case.overdue.v1", "case-overdue", false, Set.of(INBOX, EMAIL),
                    List.of(new Addressing(Audience.SUBSCRIBERS, null, null)))));

    @Test
    void assignedCaseReachesItsGridWorkerInTheInboxAndBySms() {
        CaseFacts assigned = facts("org.gridgov.case.assigned.v1", GRID, null, "gw-1");

        List<Addressee> addressees = policy.addressees(assigned, NANHE, TOWN_CENTRE);

        assertThat(addressees).containsExactly(
                new Addressee(Recipient.account("gw-1"), Set.of(INBOX, SMS), "case-assigned", false));
    }

    @Test
    void redLightReachesLeadersUpTheTreeSupervisorsAboveAndTheDepartmentByWebhookOnly() {
        CaseFacts overdue = facts("org.gridgov.case.overdue.v1", VILLAGE, "URBAN_MGMT", "gw-1");

        List<Addressee> addressees = policy.addressees(overdue, NANHE, (unit, category) -> List.of());

        assertThat(addressees).extracting(Addressee::recipient).containsExactly(
                Recipient.account("vl-201"), Recipient.account("tl-100"), Recipient.account("sup-county"),
                Recipient.department("URBAN_MGMT"));
        assertThat(addressees.getLast().channels()).containsExactly(WEBHOOK);
        assertThat(addressees.getFirst().channels()).containsExactlyInAnyOrder(INBOX, SMS);
    }

    @Test
    void someoneReachedByTwoRulesGetsOneNotificationOnAllTheirChannelsUrgentIfEitherIs() {
        CaseFacts overdue = facts("org.gridgov.case.overdue.v1", VILLAGE, null, null);

        List<Addressee> addressees = policy.addressees(overdue, NANHE, TOWN_CENTRE);

        Addressee villageLeader = addressees.stream()
                .filter(addressee -> addressee.recipient().id().equals("vl-201")).findFirst().orElseThrow();
        assertThat(addressees).filteredOn(addressee -> addressee.recipient().id().equals("vl-201")).hasSize(1);
        assertThat(villageLeader.channels()).containsExactlyInAnyOrder(INBOX, SMS, EMAIL);
        assertThat(villageLeader.urgent()).isTrue();
        assertThat(addressees).extracting(Addressee::recipient).contains(Recipient.account("centre-town"));
    }

    @Test
    void reporterIsReachedOnlyBySmsOrMailNeverInAnInbox() {
        RoutingPolicy toReporter = new RoutingPolicy(List.of(new RoutingRule("org.gridgov.case.closed.v1",
                "case-closed-reporter", false, Set.of(INBOX, SMS, EMAIL, WEBHOOK),
                List.of(new Addressing(Audience.REPORTER, null, null)))));
        CaseFacts closed = facts("org.gridgov.case.closed.v1", GRID, null, "gw-1");

        List<Addressee> addressees = toReporter.addressees(closed, NANHE, TOWN_CENTRE);

        assertThat(addressees).containsExactly(new Addressee(Recipient.reporterOf(closed.caseId()), Set.of(SMS, EMAIL),
                "case-closed-reporter", false));
    }

    @Test
    void eventWithoutARuleNotifiesNobody() {
        CaseFacts verified = facts("org.gridgov.case.verified.v1", GRID, null, "gw-1");

        assertThat(policy.routes(verified.eventType())).isFalse();
        assertThat(policy.addressees(verified, NANHE, TOWN_CENTRE)).isEmpty();
    }

    @Test
    void unitOutsideTheRegistryReachesNoStaffAndCaseWithoutAssigneeNoAssignee() {
        CaseFacts assignedElsewhere = facts("org.gridgov.case.assigned.v1", "130528100201001", null, null);

        assertThat(policy.addressees(assignedElsewhere, NANHE, TOWN_CENTRE)).isEmpty();
    }

    private static CaseFacts facts(String type, String unit, String department, String assignee) {
        return new CaseFacts(UUID.randomUUID().toString(), type, UUID.randomUUID(), unit, "VILLAGE", "ENV_GARBAGE",
                department, assignee, Instant.parse("2026-11-23T01:00:00Z"), Instant.parse("2026-11-23T01:00:30Z"));
    }
}
