package org.gridgov.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.gridgov.events.cases.CaseDispatched;
import org.gridgov.events.cases.CaseEscalated;
import org.gridgov.events.cases.DepartmentFeedback;
import org.junit.jupiter.api.Test;

class TopicCatalogueTest {

    private static final String TYPE_NAME = "^org\\.gridgov\\.[a-z]+\\.[a-z-]+\\.v[0-9]+$";

    @Test
    void everyTopicIsDeclaredOnce() {
        List<String> names = Topics.catalogue().stream().map(TopicSpec::name).toList();

        assertThat(names).doesNotHaveDuplicates();
    }

    @Test
    void deadLetterTopicsStayOutsideTheCatalogue() {
        List<String> deadLetters = Topics.catalogue().stream().map(TopicSpec::deadLetterName).toList();

        assertThat(deadLetters).allSatisfy(name -> assertThat(Topics.find(name)).isEmpty());
    }

    @Test
    void everyTopicConstantNamesACatalogueTopic() {
        List<String> constants = Arrays.stream(Topics.class.getFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == String.class)
                .map(TopicCatalogueTest::valueOf)
                .toList();

        assertThat(constants).hasSameSizeAs(Topics.catalogue())
                .allSatisfy(name -> assertThat(Topics.find(name)).isPresent());
    }

    @Test
    void unknownTopicNameIsAnError() {
        assertThatThrownBy(() -> Topics.named("case.events.v2"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("case.events.v2");
    }

    @Test
    void everyEventTypeNamesOneRecord() {
        List<Class<?>> records = PayloadSchemasTest.payloadTypes().toList();

        Map<String, Class<?>> byType = records.stream()
                .collect(Collectors.toMap(EventTypes::typeOf, Function.identity()));

        assertThat(byType).hasSameSizeAs(records);
        assertThat(records).allSatisfy(record ->
                assertThat(EventTypes.recordOf(EventTypes.typeOf(record))).contains(record));
        assertThat(records.stream().map(EventTypes::schemaPathOf)).doesNotHaveDuplicates();
    }

    @Test
    void everyEventTypeIsVersionedUnderTheOrganisation() {
        List<String> types = PayloadSchemasTest.payloadTypes().map(EventTypes::typeOf).toList();

        assertThat(types).isNotEmpty().allSatisfy(type -> assertThat(type).matches(TYPE_NAME));
    }

    @Test
    void everyPayloadIsARecordOfTheCataloguePackage() {
        List<Class<?>> payloads = PayloadSchemasTest.payloadTypes().toList();

        assertThat(payloads).allSatisfy(payload -> {
            assertThat(payload.isRecord()).as("%s is a record", payload).isTrue();
            assertThat(payload.getPackageName()).startsWith("org.gridgov.events.");
        });
    }

    @Test
    void escalationsTravelOnTheCaseStreamAndTheRoutingTopic() {
        // One fact, two keys: case.events keeps the case's order, case.escalated lets a level read its units.
        List<String> carriers = topicsCarrying(CaseEscalated.class);

        assertThat(carriers).containsExactlyInAnyOrder(Topics.CASE_EVENTS, Topics.CASE_ESCALATED);
    }

    @Test
    void dispatchesTravelOnTheCaseStreamAndTheDepartmentTopic() {
        List<String> carriers = topicsCarrying(CaseDispatched.class);

        assertThat(carriers).containsExactlyInAnyOrder(Topics.CASE_EVENTS, Topics.CASE_DISPATCHED);
    }

    @Test
    void departmentsFeedBackOnTheirOwnTopic() {
        List<String> carriers = topicsCarrying(DepartmentFeedback.class);

        assertThat(carriers).containsExactly(Topics.CASE_FEEDBACK);
    }

    @Test
    void peopleAndDisputesTravelOnTheirOwnTopics() {
        List<Class<?>> population = payloadsOf("org.gridgov.events.population");
        List<Class<?>> disputes = payloadsOf("org.gridgov.events.disputes");

        assertThat(population).hasSize(15).allSatisfy(payload ->
                assertThat(topicsCarrying(payload)).containsExactly(Topics.POPULATION_EVENTS));
        assertThat(disputes).hasSize(7).allSatisfy(payload ->
                assertThat(topicsCarrying(payload)).containsExactly(Topics.DISPUTE_EVENTS));
    }

    @Test
    void everyTopicHasPartitions() {
        assertThat(Topics.catalogue()).allSatisfy(topic ->
                assertThat(topic.partitions()).as("partitions of %s", topic.name()).isPositive());
    }

    @Test
    void topicsThatDeleteOldRecordsSayWhen() {
        List<TopicSpec> deleting = Topics.catalogue().stream().filter(topic -> !topic.compacted()).toList();

        assertThat(deleting).isNotEmpty().allSatisfy(topic -> {
            assertThat(topic.retention()).as("retention of %s", topic.name()).isNotNull().isPositive();
            assertThat(topic.config())
                    .containsEntry("cleanup.policy", "delete")
                    .containsEntry("retention.ms", Long.toString(topic.retention().toMillis()));
        });
    }

    @Test
    void gridUnitsKeepTheLastStateOfEveryUnit() {
        TopicSpec units = Topics.named(Topics.GRID_UNITS);

        assertThat(units.compacted()).isTrue();
        assertThat(units.config()).containsEntry("cleanup.policy", "compact");
    }

    @Test
    void everyTopicSaysWhatItsKeyHolds() {
        assertThat(Topics.catalogue()).allSatisfy(topic -> {
            assertThat(topic.key()).as("key of %s", topic.name()).isNotBlank();
            assertThat(topic.description()).as("description of %s", topic.name()).isNotBlank();
        });
    }

    private static List<Class<?>> payloadsOf(String packageName) {
        return PayloadSchemasTest.payloadTypes().filter(payload -> payload.getPackageName().equals(packageName)).toList();
    }

    private static List<String> topicsCarrying(Class<?> payload) {
        return Topics.catalogue().stream().filter(topic -> topic.carries(payload)).map(TopicSpec::name).toList();
    }

    private static String valueOf(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
