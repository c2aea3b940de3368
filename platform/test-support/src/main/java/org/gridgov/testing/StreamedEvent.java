package org.gridgov.testing;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.Map;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.data.BytesCloudEventData;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.gridgov.events.CloudEventCodec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One event of a stream: the topic, the Kafka key and the CloudEvent. As a line of a stream file it
 * is a CloudEvent in JSON format whose {@code data} is the JSON payload, with two extensions:
 * {@code topic} and {@code partitionkey} (the Kafka key, as the CloudEvents Kafka binding names it).
 */
public record StreamedEvent(String topic, String key, CloudEvent event) {

    /** The event of a consumed Kafka record. */
    public static StreamedEvent of(ConsumerRecord<String, byte[]> record) {
        return new StreamedEvent(record.topic(), record.key(), CloudEventCodec.fromRecord(record));
    }

    /** The event's data as its payload record. */
    public <T> T data(Class<T> payloadType) {
        return CloudEventCodec.data(event, payloadType);
    }

    /** The Kafka record that publishes this event in binary mode. */
    public ProducerRecord<String, byte[]> toProducerRecord() {
        return CloudEventCodec.toRecord(topic, key, event);
    }

    /** One line of a stream file. */
    public String toJsonLine() {
        ObjectNode line = CloudEventCodec.MAPPER.createObjectNode();
        line.put("specversion", event.getSpecVersion().toString());
        line.put("id", event.getId());
        line.put("source", event.getSource().toString());
        line.put("type", event.getType());
        putIfPresent(line, "subject", event.getSubject());
        putIfPresent(line, "time", event.getTime() == null ? null : event.getTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        putIfPresent(line, "datacontenttype", event.getDataContentType());
        putIfPresent(line, "dataschema", event.getDataSchema() == null ? null : event.getDataSchema().toString());
        for (String name : event.getExtensionNames()) {
            putIfPresent(line, name, String.valueOf(event.getExtension(name)));
        }
        line.put("topic", topic);
        putIfPresent(line, "partitionkey", key);
        if (event.getData() != null) {
            line.set("data", CloudEventCodec.MAPPER.readTree(event.getData().toBytes()));
        }
        return CloudEventCodec.MAPPER.writeValueAsString(line);
    }

    /** The event of one line of a stream file. */
    public static StreamedEvent fromJsonLine(String json) {
        JsonNode line = CloudEventCodec.MAPPER.readTree(json);
        CloudEventBuilder builder = CloudEventBuilder.v1()
                .withId(text(line, "id"))
                .withSource(URI.create(text(line, "source")))
                .withType(text(line, "type"));
        if (line.hasNonNull("subject")) {
            builder.withSubject(text(line, "subject"));
        }
        if (line.hasNonNull("time")) {
            builder.withTime(OffsetDateTime.parse(text(line, "time")));
        }
        if (line.hasNonNull("dataschema")) {
            builder.withDataSchema(URI.create(text(line, "dataschema")));
        }
        builder.withDataContentType(line.hasNonNull("datacontenttype") ? text(line, "datacontenttype") : CloudEventCodec.JSON);
        if (line.has("data")) {
            builder.withData(BytesCloudEventData.wrap(CloudEventCodec.MAPPER.writeValueAsBytes(line.get("data"))));
        }
        Iterator<Map.Entry<String, JsonNode>> fields = line.properties().iterator();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!CORE.contains(field.getKey())) {
                builder.withExtension(field.getKey(), field.getValue().asString());
            }
        }
        String topic = text(line, "topic");
        String key = line.hasNonNull("partitionkey") ? text(line, "partitionkey") : null;
        return new StreamedEvent(topic, key, builder.build());
    }

    private static final java.util.Set<String> CORE = java.util.Set.of("specversion", "id", "source", "type",
            "subject", "time", "datacontenttype", "dataschema", "data", "topic", "partitionkey");

    private static String text(JsonNode line, String field) {
        JsonNode value = line.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("a stream line lacks '" + field + "'");
        }
        return value.asString();
    }

    private static void putIfPresent(ObjectNode line, String field, String value) {
        if (value != null) {
            line.put(field, value);
        }
    }
}
