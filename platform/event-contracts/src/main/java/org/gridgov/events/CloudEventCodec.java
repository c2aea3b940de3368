package org.gridgov.events;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.data.BytesCloudEventData;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.cloudevents.rw.CloudEventRWException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The CloudEvents 1.0 mapping of GridGov events, in Kafka binary mode: attributes travel as
 * {@code ce_*} headers, the data is the JSON of a payload record, {@code content-type} is
 * {@code application/json}. Built on the CloudEvents Java SDK.
 */
public final class CloudEventCodec {

    public static final String JSON = "application/json";

    /**
     * The JSON form of payloads: ISO-8601 instants, and unknown properties ignored because a
     * version may grow new optional fields that older consumers do not know yet.
     */
    public static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private CloudEventCodec() {
    }

    /**
     * A CloudEvent for a payload record: its type and data schema come from the record's
     * {@link EventType}.
     */
    public static CloudEvent toCloudEvent(String id, URI source, String subject, Instant time, Object payload) {
        Class<?> payloadType = payload.getClass();
        return CloudEventBuilder.v1()
                .withId(id)
                .withSource(source)
                .withType(EventTypes.typeOf(payloadType))
                .withSubject(subject)
                .withTime(time.atOffset(ZoneOffset.UTC))
                .withDataContentType(JSON)
                .withDataSchema(EventTypes.dataSchemaOf(payloadType))
                .withData(BytesCloudEventData.wrap(toJson(payload)))
                .build();
    }

    /** The Kafka record of an event in binary mode, with its {@code ce_*} headers. */
    public static ProducerRecord<String, byte[]> toRecord(String topic, String key, CloudEvent event) {
        return KafkaMessageFactory.createWriter(topic, null, null, key).writeBinary(event);
    }

    /**
     * The CloudEvent a Kafka record carries.
     *
     * @throws InvalidEventException when the record is not a CloudEvent in binary or structured mode
     */
    public static CloudEvent fromRecord(ConsumerRecord<?, byte[]> record) {
        try {
            return KafkaMessageFactory.createReader(record).toEvent();
        } catch (CloudEventRWException | IllegalStateException e) {
            throw new InvalidEventException("record " + record.topic() + "-" + record.partition() + "@"
                    + record.offset() + " is not a CloudEvent: " + e.getMessage(), e);
        }
    }

    /**
     * The data of an event as its payload record.
     *
     * @throws InvalidEventException when the event has no data or the data does not fit the record
     */
    public static <T> T data(CloudEvent event, Class<T> payloadType) {
        if (event.getData() == null) {
            throw new InvalidEventException("event " + event.getId() + " of type " + event.getType() + " has no data", null);
        }
        try {
            T payload = MAPPER.readValue(event.getData().toBytes(), payloadType);
            if (payload == null) {
                throw new InvalidEventException("event " + event.getId() + " carries null data", null);
            }
            return payload;
        } catch (JacksonException e) {
            throw new InvalidEventException("event " + event.getId() + " does not carry a valid "
                    + payloadType.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    /** The JSON bytes of a payload record. */
    public static byte[] toJson(Object payload) {
        return MAPPER.writeValueAsBytes(payload);
    }

    /** An event that cannot be read: retrying it will not help, so it goes to the dead-letter topic. */
    public static final class InvalidEventException extends RuntimeException {
        public InvalidEventException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
