package org.gridgov.notifications.delivery;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.gridgov.notifications.routing.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends what is due, on every replica. Each channel drains on its own virtual thread and each
 * delivery is sent on its own, so a channel (or one webhook endpoint) that is down or slow delays
 * only its own deliveries.
 */
@Component
class DeliveryWorker {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

    private final DeliveryQueue queue;
    private final Map<Channel, ChannelSender> senders = new EnumMap<>(Channel.class);
    private final DeliveryProperties properties;
    private final RetrySchedule schedule;
    private final Clock clock;

    DeliveryWorker(DeliveryQueue queue, List<ChannelSender> senders, DeliveryProperties properties, Clock clock) {
        this.queue = queue;
        senders.forEach(sender -> this.senders.put(sender.channel(), sender));
        this.properties = properties;
        this.schedule = RetrySchedule.of(properties);
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${gridgov.notifications.delivery.poll-interval:500ms}")
    void sendDue() {
        try (ExecutorService channels = Executors.newVirtualThreadPerTaskExecutor()) {
            senders.values().forEach(sender -> channels.submit(() -> drainAll(sender)));
        }
    }

    /**
     * Sends batch after batch while full batches come back: a backlog (a red light reaching hundreds,
     * a channel back after an outage) drains at the channel's pace, not one batch per poll interval.
     * Only due rows are claimed, so what failed just now waits for its backoff.
     */
    private void drainAll(ChannelSender sender) {
        int claimed;
        do {
            claimed = drain(sender);
        } while (claimed == properties.batchSize() && !Thread.currentThread().isInterrupted());
    }

    /** Sends one batch of the channel's due deliveries; returns how many were claimed. */
    int drain(ChannelSender sender) {
        List<PendingDelivery> due;
        try {
            due = queue.claim(sender.channel(), properties.batchSize(), properties.lease());
        } catch (RuntimeException e) {
            log.warn("Could not claim {} deliveries: {}", sender.channel(), e.toString());
            return 0;
        }
        try (ExecutorService sends = Executors.newVirtualThreadPerTaskExecutor()) {
            due.forEach(delivery -> sends.submit(() -> settle(delivery, send(sender, delivery))));
        }
        return due.size();
    }

    private static SendOutcome send(ChannelSender sender, PendingDelivery delivery) {
        try {
            return sender.send(delivery);
        } catch (RuntimeException e) {
            // A sender's bug must not leave the row claimed until the lease runs out, nor leak its message.
            return SendOutcome.failed(e.getClass().getSimpleName());
        }
    }

    private void settle(PendingDelivery delivery, SendOutcome outcome) {
        switch (outcome) {
            case SendOutcome.Sent sent -> queue.markSent(delivery.id());
            case SendOutcome.Deferred deferred -> queue.defer(delivery.id(), deferred.until());
            case SendOutcome.Skipped skipped -> queue.skip(delivery.id(), skipped.reason());
            case SendOutcome.Failed failed when failed.permanent() -> giveUp(delivery, failed.reason());
            case SendOutcome.Failed failed -> schedule.nextAttempt(delivery.attempts() + 1, delivery.pendingSince(), clock.instant())
                    .ifPresentOrElse(at -> queue.retryAt(delivery.id(), at, failed.reason()),
                            () -> giveUp(delivery, failed.reason()));
        }
    }

    private void giveUp(PendingDelivery delivery, String reason) {
        log.warn("Gave up {} delivery {} of notification {} after {} attempts: {}", delivery.channel(), delivery.id(),
                delivery.notificationId(), delivery.attempts() + 1, reason);
        queue.giveUp(delivery.id(), reason);
    }
}
