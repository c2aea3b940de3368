package org.gridgov.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;

import io.cloudevents.CloudEvent;
import org.gridgov.events.disputes.AgreementFollowedUp;
import org.gridgov.events.disputes.DisputeEscalated;
import org.gridgov.events.disputes.DisputeOpened;
import org.gridgov.events.disputes.DisputeReferred;
import org.gridgov.events.disputes.DisputeSessionHeld;
import org.gridgov.events.disputes.DisputeSessionScheduled;
import org.gridgov.events.disputes.DisputeSettled;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class DisputePayloadsTest {

    @Test
    void disputeTypeOutsideTheCatalogueIsRefusedByName() {
        byte[] debt = SamplePayloads.editedJsonOf(DisputeOpened.class, data -> data.put("type", "DEBT"));

        List<String> problems = EventSchemas.problems(DisputeOpened.class, debt);

        assertThat(problems).singleElement().asString().contains("type");
    }

    @Test
    void disputeOpenedFromACaseNamesTheCase() {
        byte[] caseless = SamplePayloads.editedJsonOf(DisputeOpened.class, data -> data.putNull("caseId"));

        List<String> problems = EventSchemas.problems(DisputeOpened.class, caseless);

        assertThat(problems).isNotEmpty().allSatisfy(problem -> assertThat(problem).contains("caseId"));
    }

    @Test
    void walkInNamesNoCase() {
        byte[] walkInWithCase = SamplePayloads.editedJsonOf(DisputeOpened.class, data -> data.put("source", "WALK_IN"));
        byte[] walkIn = SamplePayloads.editedJsonOf(DisputeOpened.class,
                data -> data.put("source", "WALK_IN").putNull("caseId"));

        assertThat(EventSchemas.problems(DisputeOpened.class, walkInWithCase)).singleElement().asString()
                .contains("caseId");
        assertThat(EventSchemas.problems(DisputeOpened.class, walkIn)).isEmpty();
    }

    @Test
    void specialistRoomsAreTheCountys() {
        byte[] villageRoom = SamplePayloads.editedJsonOf(DisputeOpened.class, data -> data.put("room", "MEDICAL"));
        byte[] countyRoom = SamplePayloads.editedJsonOf(DisputeOpened.class, data -> data.put("type", "MEDICAL")
                .put("room", "MEDICAL").put("level", "COUNTY").put("unitCode", SamplePayloads.COUNTY));

        assertThat(EventSchemas.problems(DisputeOpened.class, villageRoom)).singleElement().asString().contains("level");
        assertThat(EventSchemas.problems(DisputeOpened.class, countyRoom)).isEmpty();
    }

    @Test
    void landDisputeWithThirtyVillagersAndARiskOfViolenceIsAccepted() {
        byte[] crowd = SamplePayloads.editedJsonOf(DisputeOpened.class, data -> {
            data.put("peopleInvolved", 30).put("riskLevel", "HIGH").put("level", "TOWN")
                    .put("unitCode", SamplePayloads.TOWN).put("source", "GRID_CHECK").putNull("caseId");
            data.putArray("risks").add("GROUP_INCIDENT").add("VIOLENCE");
        });

        List<String> problems = EventSchemas.problems(DisputeOpened.class, crowd);

        assertThat(problems).isEmpty();
    }

    @Test
    void disputeInvolvesSomeoneAndNeverANegativeAmount() {
        byte[] nobody = SamplePayloads.editedJsonOf(DisputeOpened.class, data -> data.put("peopleInvolved", 0));
        byte[] negative = SamplePayloads.editedJsonOf(DisputeOpened.class, data -> data.put("amountInDispute", -50));

        assertThat(EventSchemas.problems(DisputeOpened.class, nobody)).singleElement().asString()
                .contains("peopleInvolved");
        assertThat(EventSchemas.problems(DisputeOpened.class, negative)).singleElement().asString()
                .contains("amountInDispute");
    }

    @Test
    void failedMediationSaysWhy() {
        byte[] silent = SamplePayloads.editedJsonOf(DisputeEscalated.class, data -> data.putNull("reason"));
        byte[] overdue = SamplePayloads.editedJsonOf(DisputeEscalated.class,
                data -> data.put("cause", "OVERDUE").putNull("reason"));

        assertThat(EventSchemas.problems(DisputeEscalated.class, silent)).isNotEmpty()
                .allSatisfy(problem -> assertThat(problem).contains("reason"));
        assertThat(EventSchemas.problems(DisputeEscalated.class, overdue)).isEmpty();
    }

    @Test
    void sessionHasAMediatorAndInvitesParties() {
        byte[] unmediated = SamplePayloads.editedJsonOf(DisputeSessionScheduled.class,
                data -> data.putArray("mediatorAccountIds"));
        byte[] empty = SamplePayloads.editedJsonOf(DisputeSessionScheduled.class, data -> data.putArray("parties"));

        assertThat(EventSchemas.problems(DisputeSessionScheduled.class, unmediated)).singleElement().asString()
                .contains("mediatorAccountIds");
        assertThat(EventSchemas.problems(DisputeSessionScheduled.class, empty)).singleElement().asString()
                .contains("parties");
    }

    @Test
    void partyIsAReferenceOfAKnownKind() {
        byte[] named = SamplePayloads.editedJsonOf(DisputeSessionScheduled.class,
                data -> ((ObjectNode) data.at("/parties/0")).put("kind", "PERSON").put("partyId", "Zhang San"));

        List<String> problems = EventSchemas.problems(DisputeSessionScheduled.class, named);

        assertThat(problems).hasSize(2).anySatisfy(problem -> assertThat(problem).contains("/parties/0/kind"))
                .anySatisfy(problem -> assertThat(problem).contains("/parties/0/partyId"));
    }

    @Test
    void sessionOutcomeOutsideTheThreeIsRefusedByName() {
        byte[] postponed = SamplePayloads.editedJsonOf(DisputeSessionHeld.class, data -> data.put("outcome", "POSTPONED"));

        List<String> problems = EventSchemas.problems(DisputeSessionHeld.class, postponed);

        assertThat(problems).singleElement().asString().contains("outcome");
    }

    @Test
    void performanceDeadlineIsACalendarDay() {
        byte[] timestamp = SamplePayloads.editedJsonOf(DisputeSettled.class,
                data -> data.put("performBy", "2025-06-20T00:00:00Z"));

        List<String> problems = EventSchemas.problems(DisputeSettled.class, timestamp);

        assertThat(problems).singleElement().asString().contains("performBy").contains("date");
    }

    @Test
    void referralGoesToAKnownChannelAndABodyByCode() {
        byte[] police = SamplePayloads.editedJsonOf(DisputeReferred.class, data -> data.put("channel", "POLICE"));
        byte[] namedBody = SamplePayloads.editedJsonOf(DisputeReferred.class,
                data -> data.put("bodyCode", "Nanhe County People's Court"));

        assertThat(EventSchemas.problems(DisputeReferred.class, police)).singleElement().asString().contains("channel");
        assertThat(EventSchemas.problems(DisputeReferred.class, namedBody)).singleElement().asString()
                .contains("bodyCode");
    }

    @Test
    void referralAlwaysGivesItsReason() {
        byte[] unexplained = SamplePayloads.editedJsonOf(DisputeReferred.class, data -> data.put("reason", ""));

        List<String> problems = EventSchemas.problems(DisputeReferred.class, unexplained);

        assertThat(problems).singleElement().asString().contains("reason");
    }

    @Test
    void performedAgreementNeverReopensTheDispute() {
        byte[] reopened = SamplePayloads.editedJsonOf(AgreementFollowedUp.class, data -> data.put("reopened", true));
        byte[] broken = SamplePayloads.editedJsonOf(AgreementFollowedUp.class,
                data -> data.put("performance", "NOT_PERFORMED").put("onTime", false).put("reopened", true));

        assertThat(EventSchemas.problems(AgreementFollowedUp.class, reopened)).singleElement().asString()
                .contains("reopened");
        assertThat(EventSchemas.problems(AgreementFollowedUp.class, broken)).isEmpty();
    }

    @Test
    void settlementReadsBackWithItsAmountAndDaysUnchanged() {
        DisputeSettled settled = SamplePayloads.of(DisputeSettled.class);
        CloudEvent event = CloudEventCodec.toCloudEvent("2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d",
                URI.create("/dispute-mediation"), settled.disputeId().toString(), settled.settledAt(), settled);

        DisputeSettled received = CloudEventCodec.data(CloudEventCodec.fromRecord(CloudEventCodecTest.delivered(
                CloudEventCodec.toRecord(Topics.DISPUTE_EVENTS, settled.disputeId().toString(), event))),
                DisputeSettled.class);

        assertThat(received).isEqualTo(settled);
        assertThat(received.amountAgreed()).hasToString("1800.00");
    }

    @Test
    void invitationReadsBackWithItsParties() {
        DisputeSessionScheduled scheduled = SamplePayloads.of(DisputeSessionScheduled.class);

        DisputeSessionScheduled received = CloudEventCodec.MAPPER.readValue(CloudEventCodec.toJson(scheduled),
                DisputeSessionScheduled.class);

        assertThat(received).isEqualTo(scheduled);
    }
}
