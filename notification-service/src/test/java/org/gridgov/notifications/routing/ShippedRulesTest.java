package org.gridgov.notifications.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.notifications.routing.Channel.EMAIL;
import static org.gridgov.notifications.routing.Channel.INBOX;
import static org.gridgov.notifications.routing.Channel.SMS;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;

/** The rules as shipped in application.yaml: who hears of escalations, red lights and the close. */
class ShippedRulesTest {

    private static final String COUNTY = "130527";
    private static final String TOWN = "130527100";
    private static final String VILLAGE = "130527100201";
    private static final String GRID = "130527100201001";

    private static final Staffing NANHE = new StaffTable(Map.of(
            COUNTY, Map.of("COMMAND_CENTRE", "cc-130527", "SUPERVISOR", "sup-county"),
            TOWN, Map.of("COMMAND_CENTRE", "cc-130527100", "MEDIATOR", "med-100"),
            VILLAGE, Map.of("GRID_LEADER", "gl-201"),
            GRID, Map.of("GRID_WORKER", "gw-1")));
    private static final Followers NOBODY = (unitCode, category) -> List.of();

    private final RoutingPolicy shipped = new RoutingPolicy(shippedRules());

    @Test
    void caseEscalatedToTheTownReachesTheTownsCommandCentre() {
        List<Addressee> addressees = shipped.addressees(caseEvent("org.gridgov.case.escalated.v1", TOWN), NANHE, NOBODY);

        assertThat(addressees).containsExactly(
                new Addressee(Recipient.account("cc-130527100"), Set.of(INBOX, EMAIL), "case-escalated", false));
    }

    @Test
    void caseEscalatedToTheCountyReachesTheCountysCommandCentre() {
        List<Addressee> addressees = shipped.addressees(caseEvent("org.gridgov.case.escalated.v1", COUNTY), NANHE, NOBODY);

        assertThat(addressees).extracting(Addressee::recipient).containsExactly(Recipient.account("cc-130527"));
    }

    @Test
    void caseEscalatedToTheVillageStillReachesItsGridLeader() {
        List<Addressee> addressees = shipped.addressees(caseEvent("org.gridgov.case.escalated.v1", VILLAGE), NANHE, NOBODY);

        assertThat(addressees).extracting(Addressee::recipient).containsExactly(Recipient.account("gl-201"));
    }

    @Test
    void redLightAtTheTownReachesTheCentreHoldingTheCaseAndTheCountysSupervisor() {
        List<Addressee> addressees = shipped.addressees(caseEvent("org.gridgov.case.overdue.v1", TOWN), NANHE, NOBODY);

        assertThat(addressees).extracting(Addressee::recipient).containsExactlyInAnyOrder(
                Recipient.account("cc-130527100"), Recipient.account("sup-county"));
    }

    @Test
    void disputeEscalatedToALevelReachesItsCommandCentre() {
        assertThat(shippedRules()).filteredOn(rule -> rule.event().equals("org.gridgov.dispute.escalated.v1"))
                .flatExtracting(RoutingRule::audiences)
                .contains(new Addressing(Audience.STAFF, "COMMAND_CENTRE", UnitScope.UNIT));
    }

    @Test
    void closeReachesTheGridWorkerInTheInboxAndTheReporterBySmsOrMail() {
        CaseFacts closed = new CaseFacts("e-1", "org.gridgov.case.closed.v1", UUID.randomUUID(), GRID, null,
                "ENV_GARBAGE", null, "gw-1", null, Instant.parse("2026-11-23T02:00:00Z"));

        List<Addressee> addressees = shipped.addressees(closed, NANHE, NOBODY);

        assertThat(addressees).containsExactlyInAnyOrder(
                new Addressee(Recipient.account("gw-1"), Set.of(INBOX), "case-closed", false),
                new Addressee(Recipient.reporterOf(closed.caseId()), Set.of(SMS, EMAIL), "case-closed-reporter", false));
    }

    @Test
    void reopenedReachesTheReporterToo() {
        CaseFacts reopened = new CaseFacts("e-2", "org.gridgov.case.reopened.v1", UUID.randomUUID(), GRID, null,
                "ENV_GARBAGE", null, "gw-1", null, Instant.parse("2026-11-23T03:00:00Z"));

        assertThat(shipped.addressees(reopened, NANHE, NOBODY)).extracting(Addressee::recipient)
                .contains(Recipient.account("gw-1"), Recipient.reporterOf(reopened.caseId()));
    }

    private static CaseFacts caseEvent(String type, String unit) {
        return new CaseFacts(UUID.randomUUID().toString(), type, UUID.randomUUID(), unit, "TOWN", "ENV_GARBAGE", null,
                null, Instant.parse("2026-11-24T01:00:00Z"), Instant.parse("2026-11-23T01:00:00Z"));
    }

    private static List<RoutingRule> shippedRules() {
        try {
            var sources = new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yaml"));
            return new Binder(ConfigurationPropertySources.from(sources))
                    .bind("gridgov.notifications.routing", RoutingProperties.class).get().rules();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
