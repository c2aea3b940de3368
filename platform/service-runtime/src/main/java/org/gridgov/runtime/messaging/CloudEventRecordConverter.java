package org.gridgov.runtime.messaging;

import java.lang.reflect.Type;

import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.gridgov.events.CloudEventCodec;
import org.springframework.kafka.support.converter.MessagingMessageConverter;

/**
 * Lets a listener take a {@link CloudEvent}: {@code @KafkaListener void on(CloudEvent event)}.
 * Records arrive as bytes and are read here, inside the listener call, so a record that is not a
 * CloudEvent fails like any other bad record: the error handler sends it to the dead-letter topic
 * and the partition moves on.
 */
public class CloudEventRecordConverter extends MessagingMessageConverter {

    @Override
    @SuppressWarnings("unchecked")
    protected Object extractAndConvertValue(ConsumerRecord<?, ?> record, Type type) {
        if (type == CloudEvent.class && (record.value() == null || record.value() instanceof byte[])) {
            return CloudEventCodec.fromRecord((ConsumerRecord<?, byte[]>) record);
        }
        return super.extractAndConvertValue(record, type);
    }
}
