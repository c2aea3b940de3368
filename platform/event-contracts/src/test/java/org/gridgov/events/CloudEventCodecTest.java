package org.gridgov.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.gridgov.events.CloudEventCodec.InvalidEventException;
import org.gridgov.events.cases.CaseEscalated;
import org.gridgov.events.cases.CaseFiled;
import org.gridgov.events.units.UnitState;
import org.junit.jupiter.api.Test;

class CloudEventCodecTest {

    private static final URI CASE_WORKFLOW = URI.create("/case-workflow");
    private static final Instant FILED_AT = Instant.parse("2025-04-02T08:16:00Z");
    private static final String EVENT_ID = "3e0f6c8a-2b1d-4d7e-9f5a-6c4b3a2d1e0f";

    @Test
    void eventTravelsAsBinaryModeHeaders() {
        CaseFiled filed = SamplePayloads.of(CaseFiled.class);

        ProducerRecord<String, byte[]> record = filedRecord(filed);

        assertThat(record.topic()).isEqualTo(Topics.CASE_EVENTS);
        assertThat(record.key()).isEqualTo(SamplePayloads.CASE_ID.toString());
        assertThat(header(record.headers(), "ce_specversion")).isEqualTo("1.0");
        assertThat(header(record.headers(), "ce_id")).isEqualTo(EVENT_ID);
        assertThat(header(record.headers(), "ce_type")).isEqualTo("org.gridgov.case.filed.v1");
        assertThat(header(record.headers(), "ce_source")).isEqualTo("/case-workflow");
        assertThat(header(record.headers(), "ce_subject")).isEqualTo(SamplePayloads.CASE_ID.toString());
        assertThat(Instant.parse(header(record.headers(), "ce_time"))).isEqualTo(FILED_AT);
        assertThat(header(record.headers(), "ce_dataschema")).isEqualTo("https://schemas.gridgov.org/case/filed.v1.json");
        assertThat(header(record.headers(), "content-type")).isEqualTo("application/json");
        assertThat(EventSchemas.problems(CaseFiled.class, record.value())).isEmpty();
    }

    @Test
    void consumerReadsBackTheRecordThatWasSent() {
        CaseFiled filed = SamplePayloads.of(CaseFiled.class);
        ConsumerRecord<String, byte[]> received = delivered(filedRecord(filed));

        CloudEvent event = CloudEventCodec.fromRecord(received);

        assertThat(event.getId()).isEqualTo(EVENT_ID);
        assertThat(event.getType()).isEqualTo(EventTypes.typeOf(CaseFiled.class));
        assertThat(event.getDataSchema()).isEqualTo(EventTypes.dataSchemaOf(CaseFiled.class));
        assertThat(CloudEventCodec.data(event, CaseFiled.class)).isEqualTo(filed);
    }

    @Test
    void sameEscalationIsKeyedByCaseOnTheCaseStreamAndByUnitOnTheRoutingTopic() {
        CaseEscalated escalated = SamplePayloads.of(CaseEscalated.class);
        CloudEvent event = CloudEventCodec.toCloudEvent(EVENT_ID, CASE_WORKFLOW, escalated.caseId().toString(),
                escalated.escalatedAt(), escalated);

        ProducerRecord<String, byte[]> onCaseStream = CloudEventCodec.toRecord(Topics.CASE_EVENTS,
                escalated.caseId().toString(), event);
        ProducerRecord<String, byte[]> onRoutingTopic = CloudEventCodec.toRecord(Topics.CASE_ESCALATED,
                escalated.targetUnitCode(), event);

        assertThat(onCaseStream.key()).isEqualTo(SamplePayloads.CASE_ID.toString());
        assertThat(onRoutingTopic.key()).isEqualTo(SamplePayloads.VILLAGE);
        assertThat(onRoutingTopic.value()).isEqualTo(onCaseStream.value());
    }

    @Test
    void unitStateTravelsKeyedByItsCodeAndReadsBackWithStaffAndBoundary() {
        UnitState grid = SamplePayloads.of(UnitState.class);
        CloudEvent event = CloudEventCodec.toCloudEvent(EVENT_ID, URI.create("/grid-registry"), grid.code(),
                grid.updatedAt(), grid);

        ProducerRecord<String, byte[]> sent = CloudEventCodec.toRecord(Topics.GRID_UNITS, grid.code(), event);
        UnitState received = CloudEventCodec.data(CloudEventCodec.fromRecord(delivered(sent)), UnitState.class);

        assertThat(sent.key()).isEqualTo(SamplePayloads.GRID);
        assertThat(header(sent.headers(), "ce_dataschema")).isEqualTo("https://schemas.gridgov.org/grid/unit-state.v1.json");
        assertThat(received).isEqualTo(grid);
    }

    @Test
    void boundaryNotDrawnArrivesAsJsonNullNotJavaNull() {
        // Jackson reads a JSON null into a JsonNode component as a null node; consumers test isNull().
        UnitState drawn = SamplePayloads.of(UnitState.class);
        UnitState undrawn = new UnitState(drawn.code(), drawn.parentCode(), drawn.name(), drawn.level(), drawn.kind(),
                drawn.routingMode(), drawn.households(), drawn.enterprises(), null, drawn.staff(), drawn.retired(),
                drawn.version(), drawn.updatedAt());
        CloudEvent event = CloudEventCodec.toCloudEvent(EVENT_ID, URI.create("/grid-registry"), undrawn.code(),
                undrawn.updatedAt(), undrawn);

        UnitState received = CloudEventCodec.data(event, UnitState.class);

        assertThat(received.boundary()).isNotNull();
        assertThat(received.boundary().isNull()).isTrue();
        assertThat(EventSchemas.problems(UnitState.class, CloudEventCodec.toJson(undrawn))).isEmpty();
    }

    @Test
    void recordWithoutCloudEventHeadersIsRefused() {
        ConsumerRecord<String, byte[]> plain = new ConsumerRecord<>(Topics.CASE_FEEDBACK, 3, 42L,
                SamplePayloads.CASE_ID.toString(), "{\"outcome\":\"RESOLVED\"}".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> CloudEventCodec.fromRecord(plain))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("case.feedback-3@42");
    }

    @Test
    void dataThatDoesNotFitTheRecordIsRefused() {
        CloudEvent event = eventWithData("{\"caseId\":\"case-42\",\"level\":\"GRID\"}");

        assertThatThrownBy(() -> CloudEventCodec.data(event, CaseFiled.class))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining(EVENT_ID)
                .hasMessageContaining("CaseFiled");
    }

    @Test
    void eventWithoutDataIsRefused() {
        CloudEvent event = CloudEventBuilder.v1()
                .withId(EVENT_ID)
                .withSource(CASE_WORKFLOW)
                .withType(EventTypes.typeOf(CaseFiled.class))
                .build();

        assertThatThrownBy(() -> CloudEventCodec.data(event, CaseFiled.class))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("no data");
    }

    @Test
    void propertyUnknownToThisConsumerIsIgnored() {
        // A producer on a newer minor shape of v1 may add optional fields; older consumers read on.
        CloudEvent event = eventWithData("""
                {"caseId":"9f1c2b7a-3d4e-4f60-8a1b-2c3d4e5f6a7b","reportId":"5b0d7c1e-8f3a-4c55-9a51-2f6d1e0b7a43",
                 "category":"ENV_GARBAGE","gridCode":"130527100201001","unitCode":"130527100201001","level":"GRID",
                 "severity":"NORMAL","channel":"WECHAT","filedAt":"2025-04-02T08:16:00Z","householdsAffected":40}
                """);

        CaseFiled filed = CloudEventCodec.data(event, CaseFiled.class);

        assertThat(filed).isEqualTo(SamplePayloads.of(CaseFiled.class));
    }

    private static ProducerRecord<String, byte[]> filedRecord(CaseFiled filed) {
        CloudEvent event = CloudEventCodec.toCloudEvent(EVENT_ID, CASE_WORKFLOW, filed.caseId().toString(),
                FILED_AT, filed);
        return CloudEventCodec.toRecord(Topics.CASE_EVENTS, filed.caseId().toString(), event);
    }

    private static CloudEvent eventWithData(String json) {
        return CloudEventBuilder.v1()
                .withId(EVENT_ID)
                .withSource(CASE_WORKFLOW)
                .withType(EventTypes.typeOf(CaseFiled.class))
                .withDataContentType(CloudEventCodec.JSON)
                .withData(json.getBytes(StandardCharsets.UTF_8))
                .build();
    }

    /** What a consumer polls after the producer sent the record: same topic, key, value and headers. */
    static ConsumerRecord<String, byte[]> delivered(ProducerRecord<String, byte[]> sent) {
        Headers headers = new RecordHeaders(sent.headers().toArray());
        return new ConsumerRecord<>(sent.topic(), 0, 0L, FILED_AT.toEpochMilli(), TimestampType.CREATE_TIME,
                -1, sent.value().length, sent.key(), sent.value(), headers, Optional.empty());
    }

    private static String header(Headers headers, String name) {
        assertThat(headers.lastHeader(name)).as("header %s", name).isNotNull();
        return new String(headers.lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
