package org.gridgov.notifications.contacts;

import java.util.Optional;

import org.gridgov.notifications.delivery.Addresses;
import org.gridgov.notifications.delivery.PendingDelivery;
import org.gridgov.notifications.delivery.SendOutcome;
import org.gridgov.notifications.reporters.ReporterAddresses;
import org.gridgov.notifications.routing.Channel;
import org.springframework.stereotype.Component;

/**
 * An account's address from its contact point; a reporter's from case-workflow, at send time.
 * Departments are reached by webhook only.
 */
@Component
class DeliveryAddresses implements Addresses {

    private final ContactPoints contacts;
    private final ReporterAddresses reporters;

    DeliveryAddresses(ContactPoints contacts, ReporterAddresses reporters) {
        this.contacts = contacts;
        this.reporters = reporters;
    }

    @Override
    public Addressed of(PendingDelivery delivery) {
        return switch (delivery.recipientKind()) {
            case ACCOUNT -> ofAccount(delivery);
            case REPORTER -> reporters.of(delivery);
            case DEPARTMENT -> new Addressed.NotSent(SendOutcome.failedForGood("a department has no " + delivery.channel()));
        };
    }

    private Addressed ofAccount(PendingDelivery delivery) {
        Optional<ContactPoint> contact = contacts.find(delivery.recipientId());
        Optional<String> address = switch (delivery.channel()) {
            case SMS -> contact.map(ContactPoint::phone);
            case EMAIL -> contact.map(ContactPoint::email);
            case INBOX, WEBHOOK -> Optional.empty();
        };
        return address.<Addressed>map(to -> new Addressed.To(to, delivery.subject(), delivery.body()))
                .orElseGet(() -> new Addressed.NotSent(SendOutcome.failedForGood(
                        delivery.channel() == Channel.SMS ? "no phone number"
                                : "no e-mail address")));
    }
}
