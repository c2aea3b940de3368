package org.gridgov.cases.mediation;

import java.util.Set;

import io.cloudevents.CloudEvent;
import org.gridgov.events.CloudEventCodec;
import org.gridgov.events.EventTypes;
import org.gridgov.events.Topics;
import org.gridgov.events.disputes.DisputeEscalated;
import org.gridgov.events.disputes.DisputeOpened;
import org.gridgov.events.disputes.DisputeReferred;
import org.gridgov.events.disputes.DisputeSettled;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reads {@code dispute.events}: a dispute opened from a case puts the case in mediation, its
 * escalation is noted, its settlement or referral closes the case. Sessions, follow-ups and types
 * this service does not know are skipped unread.
 */
@Component
class DisputeEventsListener {

    private static final Set<Class<?>> READ = Set.of(DisputeOpened.class, DisputeEscalated.class,
            DisputeSettled.class, DisputeReferred.class);

    private final Mediations mediations;

    DisputeEventsListener(Mediations mediations) {
        this.mediations = mediations;
    }

    @KafkaListener(topics = Topics.DISPUTE_EVENTS)
    void on(CloudEvent event) {
        Object dispute = EventTypes.recordOf(event.getType()).filter(READ::contains)
                .map(type -> (Object) CloudEventCodec.data(event, type)).orElse(null);
        switch (dispute) {
            case DisputeOpened opened -> mediations.opened(event.getId(), opened);
            case DisputeEscalated escalated -> mediations.escalated(event.getId(), escalated);
            case DisputeSettled settled -> mediations.settled(event.getId(), settled);
            case DisputeReferred referred -> mediations.referred(event.getId(), referred);
            case null, default -> {
            }
        }
    }
}
