package org.gridgov.notifications.sms;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.gridgov.notifications.contacts.ContactPoint;
import org.gridgov.notifications.contacts.ContactPoints;
import org.gridgov.notifications.delivery.ChannelSender;
import org.gridgov.notifications.delivery.PendingDelivery;
import org.gridgov.notifications.delivery.SendOutcome;
import org.gridgov.notifications.routing.Channel;

/** Sends SMS through the gateway, holding non-urgent ones through quiet hours. The number is read at send time. */
class SmsSender implements ChannelSender {

    private final SmsGateway gateway;
    private final ContactPoints contacts;
    private final QuietHours quietHours;
    private final Clock clock;

    SmsSender(SmsGateway gateway, ContactPoints contacts, QuietHours quietHours, Clock clock) {
        this.gateway = gateway;
        this.contacts = contacts;
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
        Optional<String> phone = contacts.find(delivery.recipientId()).map(ContactPoint::phone);
        if (phone.isEmpty()) {
            return SendOutcome.failedForGood("no phone number");
        }
        try {
            gateway.send(phone.get(), delivery.body());
            return SendOutcome.sent();
        } catch (SmsNotSentException e) {
            return SendOutcome.failed(e.getMessage());
        }
    }
}
