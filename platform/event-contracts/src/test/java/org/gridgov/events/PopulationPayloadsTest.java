package org.gridgov.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.gridgov.events.population.GridPopulationCounted;
import org.gridgov.events.population.HouseholdChanged;
import org.gridgov.events.population.ResidentLeft;
import org.gridgov.events.population.ResidentMoved;
import org.gridgov.events.population.ResidentRegistered;
import org.gridgov.events.population.SpecialGroupCareChanged;
import org.gridgov.events.population.SpecialGroupJoined;
import org.gridgov.events.population.VisitLogged;
import org.gridgov.events.population.VisitOverdue;
import org.gridgov.events.population.SpecialGroupCareChangedV2;
import org.gridgov.events.population.SpecialGroupJoinedV2;
import org.gridgov.events.population.SpecialGroupLeftV2;
import org.gridgov.events.population.VisitLoggedV2;
import org.gridgov.events.population.VisitOverdueV2;
import org.junit.jupiter.api.Test;

class PopulationPayloadsTest {

    @Test
    void floatingArrivalIsAlwaysFloatingIn() {
        byte[] registered = SamplePayloads.editedJsonOf(ResidentRegistered.class,
                data -> data.put("residenceStatus", "REGISTERED_RESIDENT"));

        List<String> problems = EventSchemas.problems(ResidentRegistered.class, registered);

        assertThat(problems).singleElement().asString().contains("residenceStatus");
    }

    @Test
    void onlyAFloatingArrivalAnnouncesHowLongItStays() {
        byte[] census = SamplePayloads.editedJsonOf(ResidentRegistered.class,
                data -> data.put("origin", "CENSUS").put("residenceStatus", "REGISTERED_RESIDENT"));
        byte[] censusWithoutStay = SamplePayloads.editedJsonOf(ResidentRegistered.class,
                data -> data.put("origin", "CENSUS").put("residenceStatus", "REGISTERED_RESIDENT")
                        .putNull("expectedStayUntil").putNull("fromDivisionCode"));

        assertThat(EventSchemas.problems(ResidentRegistered.class, census)).singleElement().asString()
                .contains("expectedStayUntil");
        assertThat(EventSchemas.problems(ResidentRegistered.class, censusWithoutStay)).isEmpty();
    }

    @Test
    void stayEndsOnACalendarDay() {
        byte[] chinese = SamplePayloads.editedJsonOf(ResidentRegistered.class,
                data -> data.put("expectedStayUntil", "2025年12月31日"));

        List<String> problems = EventSchemas.problems(ResidentRegistered.class, chinese);

        assertThat(problems).singleElement().asString().contains("expectedStayUntil").contains("date");
    }

    @Test
    void placeOfOriginIsACountyTownOrVillageNeverAGridOrAnAddress() {
        byte[] grid = SamplePayloads.editedJsonOf(ResidentRegistered.class,
                data -> data.put("fromDivisionCode", SamplePayloads.GRID));
        byte[] address = SamplePayloads.editedJsonOf(ResidentRegistered.class,
                data -> data.put("fromDivisionCode", "Ningjin county, 12 Station Road"));
        byte[] village = SamplePayloads.editedJsonOf(ResidentRegistered.class,
                data -> data.put("fromDivisionCode", SamplePayloads.VILLAGE));

        assertThat(EventSchemas.problems(ResidentRegistered.class, grid)).singleElement().asString()
                .contains("fromDivisionCode");
        assertThat(EventSchemas.problems(ResidentRegistered.class, address)).singleElement().asString()
                .contains("fromDivisionCode");
        assertThat(EventSchemas.problems(ResidentRegistered.class, village)).isEmpty();
    }

    @Test
    void residenceStatusOutsideTheFourIsRefusedByName() {
        byte[] tourist = SamplePayloads.editedJsonOf(ResidentMoved.class, data -> data.put("residenceStatus", "TOURIST"));

        List<String> problems = EventSchemas.problems(ResidentMoved.class, tourist);

        assertThat(problems).singleElement().asString().contains("residenceStatus");
    }

    @Test
    void theDeadGoNowhere() {
        byte[] deceasedElsewhere = SamplePayloads.editedJsonOf(ResidentLeft.class, data -> data.put("reason", "DECEASED"));
        byte[] deceased = SamplePayloads.editedJsonOf(ResidentLeft.class,
                data -> data.put("reason", "DECEASED").putNull("toDivisionCode"));

        assertThat(EventSchemas.problems(ResidentLeft.class, deceasedElsewhere)).singleElement().asString()
                .contains("toDivisionCode");
        assertThat(EventSchemas.problems(ResidentLeft.class, deceased)).isEmpty();
    }

    @Test
    void householdThatMovedNamesTheGridItLeft() {
        byte[] nowhere = SamplePayloads.editedJsonOf(HouseholdChanged.class, data -> data.put("change", "MOVED"));
        byte[] moved = SamplePayloads.editedJsonOf(HouseholdChanged.class,
                data -> data.put("change", "MOVED").put("previousGridCode", SamplePayloads.NEIGHBOUR_GRID));
        byte[] formedWithPast = SamplePayloads.editedJsonOf(HouseholdChanged.class,
                data -> data.put("previousGridCode", SamplePayloads.NEIGHBOUR_GRID));

        assertThat(EventSchemas.problems(HouseholdChanged.class, nowhere)).isNotEmpty()
                .allSatisfy(problem -> assertThat(problem).contains("previousGridCode"));
        assertThat(EventSchemas.problems(HouseholdChanged.class, moved)).isEmpty();
        assertThat(EventSchemas.problems(HouseholdChanged.class, formedWithPast)).singleElement().asString()
                .contains("previousGridCode");
    }

    @Test
    void memberJoiningOrLeavingIsNamedByResidentId() {
        byte[] anonymous = SamplePayloads.editedJsonOf(HouseholdChanged.class,
                data -> data.put("change", "MEMBER_LEFT").put("members", 3));
        byte[] named = SamplePayloads.editedJsonOf(HouseholdChanged.class,
                data -> data.put("change", "MEMBER_LEFT").put("members", 3)
                        .put("residentId", SamplePayloads.RESIDENT_ID.toString()));

        assertThat(EventSchemas.problems(HouseholdChanged.class, anonymous)).isNotEmpty()
                .allSatisfy(problem -> assertThat(problem).contains("residentId"));
        assertThat(EventSchemas.problems(HouseholdChanged.class, named)).isEmpty();
    }

    @Test
    void dissolvedHouseholdHasNoMembers() {
        byte[] dissolved = SamplePayloads.editedJsonOf(HouseholdChanged.class, data -> data.put("change", "DISSOLVED"));

        List<String> problems = EventSchemas.problems(HouseholdChanged.class, dissolved);

        assertThat(problems).singleElement().asString().contains("members");
    }

    @Test
    void gridCountsAreNeverNegativeAndVersionsStartAtOne() {
        byte[] negative = SamplePayloads.editedJsonOf(GridPopulationCounted.class, data -> data.put("households", -1));
        byte[] unversioned = SamplePayloads.editedJsonOf(GridPopulationCounted.class, data -> data.put("version", 0));

        assertThat(EventSchemas.problems(GridPopulationCounted.class, negative)).singleElement().asString()
                .contains("households");
        assertThat(EventSchemas.problems(GridPopulationCounted.class, unversioned)).singleElement().asString()
                .contains("version");
    }

    @Test
    void specialGroupOutsideTheLedgersIsRefusedByName() {
        byte[] elderly = SamplePayloads.editedJsonOf(SpecialGroupJoined.class, data -> data.put("group", "ELDERLY"));

        List<String> problems = EventSchemas.problems(SpecialGroupJoined.class, elderly);

        assertThat(problems).singleElement().asString().contains("group");
    }

    @Test
    void everyMemberHasACarer() {
        byte[] uncared = SamplePayloads.editedJsonOf(SpecialGroupCareChanged.class, data -> data.putArray("carerAccountIds"));

        List<String> problems = EventSchemas.problems(SpecialGroupCareChanged.class, uncared);

        assertThat(problems).singleElement().asString().contains("carerAccountIds");
    }

    @Test
    void visitFrequencyIsAtLeastADay() {
        byte[] never = SamplePayloads.editedJsonOf(SpecialGroupJoined.class, data -> data.put("visitIntervalDays", 0));

        List<String> problems = EventSchemas.problems(SpecialGroupJoined.class, never);

        assertThat(problems).singleElement().asString().contains("visitIntervalDays");
    }

    @Test
    void visitIsToAPersonOrAHousehold() {
        byte[] toNobody = SamplePayloads.editedJsonOf(VisitLogged.class,
                data -> data.put("kind", "ROUTINE").putNull("residentId").putNull("householdId")
                        .putNull("membershipId").putNull("group"));
        byte[] toHousehold = SamplePayloads.editedJsonOf(VisitLogged.class,
                data -> data.put("kind", "ROUTINE").putNull("residentId")
                        .put("householdId", SamplePayloads.HOUSEHOLD_ID.toString())
                        .putNull("membershipId").putNull("group"));

        assertThat(EventSchemas.problems(VisitLogged.class, toNobody)).isNotEmpty();
        assertThat(EventSchemas.problems(VisitLogged.class, toHousehold)).isEmpty();
    }

    @Test
    void careVisitNamesTheMembershipItCountsFor() {
        byte[] unattached = SamplePayloads.editedJsonOf(VisitLogged.class,
                data -> data.putNull("membershipId").putNull("group"));

        List<String> problems = EventSchemas.problems(VisitLogged.class, unattached);

        assertThat(problems).singleElement().asString().contains("membershipId");
    }

    @Test
    void visitForAMembershipSaysItsGroup() {
        byte[] groupless = SamplePayloads.editedJsonOf(VisitLogged.class, data -> data.putNull("group"));

        List<String> problems = EventSchemas.problems(VisitLogged.class, groupless);

        assertThat(problems).singleElement().asString().contains("group");
    }

    @Test
    void memberNeverVisitedIsOverdueToo() {
        byte[] neverVisited = SamplePayloads.editedJsonOf(VisitOverdue.class, data -> data.putNull("lastVisitedAt"));

        List<String> problems = EventSchemas.problems(VisitOverdue.class, neverVisited);

        assertThat(problems).isEmpty();
    }

    @Test
    void arrivalReadsBackWithItsCalendarDay() {
        ResidentRegistered arrival = SamplePayloads.of(ResidentRegistered.class);

        ResidentRegistered received = CloudEventCodec.MAPPER.readValue(CloudEventCodec.toJson(arrival),
                ResidentRegistered.class);

        assertThat(received).isEqualTo(arrival);
        assertThat(CloudEventCodec.MAPPER.readTree(CloudEventCodec.toJson(arrival)).path("expectedStayUntil").asString())
                .isEqualTo("2025-12-31");
    }

    @Test
    void noEventStillPublishedNamesASpecialGroup() {
        // PIPL Art. 28: membership of these groups (mental illness, drug rehabilitation, prison) is sensitive.
        List<Class<?>> published = Topics.find(Topics.POPULATION_EVENTS).orElseThrow().payloads().stream()
                .filter(payload -> !payload.isAnnotationPresent(Deprecated.class)).toList();

        assertThat(published).isNotEmpty().allSatisfy(payload -> assertThat(components(payload))
                .as("fields of %s", payload.getSimpleName()).doesNotContain("group", "riskLevel", "visitIntervalDays"));
    }

    @Test
    void membershipEventsNameNeitherTheMemberNorTheirHousehold() {
        List<Class<?>> membershipEvents = List.of(SpecialGroupJoinedV2.class, SpecialGroupCareChangedV2.class,
                SpecialGroupLeftV2.class, VisitOverdueV2.class);

        assertThat(membershipEvents).allSatisfy(payload -> assertThat(components(payload))
                .as("fields of %s", payload.getSimpleName()).contains("membershipId")
                .doesNotContain("residentId", "householdId", "reason"));
    }

    @Test
    void careVisitNamesItsMembershipAndNobodyBesideIt() {
        byte[] withResident = SamplePayloads.editedJsonOf(VisitLoggedV2.class,
                data -> data.put("residentId", SamplePayloads.ELDER_ID.toString()));
        byte[] withHousehold = SamplePayloads.editedJsonOf(VisitLoggedV2.class,
                data -> data.put("householdId", SamplePayloads.HOUSEHOLD_ID.toString()));
        byte[] unattached = SamplePayloads.editedJsonOf(VisitLoggedV2.class,
                data -> data.putNull("membershipId").put("residentId", SamplePayloads.ELDER_ID.toString()));

        assertThat(EventSchemas.problems(VisitLoggedV2.class, withResident)).isNotEmpty()
                .anySatisfy(problem -> assertThat(problem).contains("residentId"));
        assertThat(EventSchemas.problems(VisitLoggedV2.class, withHousehold)).isNotEmpty()
                .anySatisfy(problem -> assertThat(problem).contains("householdId"));
        assertThat(EventSchemas.problems(VisitLoggedV2.class, unattached)).singleElement().asString()
                .contains("membershipId");
    }

    @Test
    void visitCountingForNoMembershipIsToAPersonOrAHousehold() {
        byte[] toNobody = SamplePayloads.editedJsonOf(VisitLoggedV2.class,
                data -> data.put("kind", "ROUTINE").putNull("membershipId"));
        byte[] toPerson = SamplePayloads.editedJsonOf(VisitLoggedV2.class,
                data -> data.put("kind", "ROUTINE").putNull("membershipId")
                        .put("residentId", SamplePayloads.ELDER_ID.toString())
                        .put("householdId", SamplePayloads.HOUSEHOLD_ID.toString()));

        assertThat(EventSchemas.problems(VisitLoggedV2.class, toNobody)).isNotEmpty();
        assertThat(EventSchemas.problems(VisitLoggedV2.class, toPerson)).isEmpty();
    }

    @Test
    void everyMembershipHasACarer() {
        byte[] uncared = SamplePayloads.editedJsonOf(SpecialGroupJoinedV2.class, data -> data.putArray("carerAccountIds"));

        List<String> problems = EventSchemas.problems(SpecialGroupJoinedV2.class, uncared);

        assertThat(problems).singleElement().asString().contains("carerAccountIds");
    }

    @Test
    void membershipNeverVisitedIsOverdueToo() {
        byte[] neverVisited = SamplePayloads.editedJsonOf(VisitOverdueV2.class, data -> data.putNull("lastVisitedAt"));

        assertThat(EventSchemas.problems(VisitOverdueV2.class, neverVisited)).isEmpty();
    }

    private static Set<String> components(Class<?> record) {
        return Set.copyOf(Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList());
    }
}
