package org.gridgov.notifications.sms;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.gridgov.notifications.delivery.Addresses;
import org.gridgov.notifications.delivery.ChannelSender;
import org.gridgov.notifications.delivery.PendingDelivery;
import org.gridgov.notifications.delivery.SendOutcome;
import org.gridgov.notifications.routing.Channel;

/**
 * Sends SMS through the gateway, holding non-urgent ones through quiet hours. The number is read at
 * send time (after quiet hours: a reporter's is asked of case-workflow only when the message goes).
 */
class SmsSender implements ChannelSender {

    private final SmsGateway gateway;
    private final Addresses addresses;
    private final QuietHours quietHours;
    private final Clock clock;

    SmsSender(SmsGateway gateway, Addresses addresses, QuietHours quietHours, Clock clock) {
        this.gateway = gateway;
        this.addresses = addresses;
        this.quietHours = quietHours;
        this.clock = clock;
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public SendOutcome send(PendingDelivery delivery) {
        if (!delivery.urgent()) {
            Optional<Instant> hold = quietHours.holdUntil(clock.instant());
            if (hold.isPresent()) {
                return new SendOutcome.Deferred(hold.get());
            }
        }
        return switch (addresses.of(delivery)) {
            case Addresses.Addressed.NotSent notSent -> notSent.outcome();
            case Addresses.Addressed.To to -> send(to);
        };
    }

    private SendOutcome send(Addresses.Addressed.To to) {
        try {
            gateway.send(to.address(), to.body());
            return SendOutcome.sent();
        } catch (SmsNotSentException e) {
            return SendOutcome.failed(e.getMessage());
        }
    }
}
