package org.gridgov.notifications.reporters;

import java.util.Optional;
import java.util.UUID;

import org.gridgov.notifications.delivery.Addresses.Addressed;
import org.gridgov.notifications.delivery.PendingDelivery;
import org.gridgov.notifications.delivery.SendOutcome;
import org.gridgov.notifications.routing.Channel;
import org.gridgov.notifications.templates.Messages;

/**
 * Where a message to a case's reporter goes: the contact they left, asked of case-workflow when it
 * is sent. A delivery is stored per channel the rule names, and the contact's shape decides which
 * one goes; the others are skipped. No contact, no message: an address is never guessed.
 */
public class ReporterAddresses {

    private final CaseWorkflowContacts cases;
    private final Messages messages;

    ReporterAddresses(CaseWorkflowContacts cases, Messages messages) {
        this.cases = cases;
        this.messages = messages;
    }

    public Addressed of(PendingDelivery delivery) {
        return switch (cases.contactOf(UUID.fromString(delivery.recipientId()))) {
            case CaseWorkflowContacts.Answer.Found found -> addressed(delivery, found.contact());
            case CaseWorkflowContacts.Answer.NoContact none ->
                    new Addressed.NotSent(SendOutcome.skipped("the reporter left no contact"));
            case CaseWorkflowContacts.Answer.Failed failed -> new Addressed.NotSent(SendOutcome.failed(failed.reason()));
        };
    }

    private Addressed addressed(PendingDelivery delivery, ReporterContact contact) {
        Optional<Channel> reachable = contact.channel();
        if (reachable.isEmpty()) {
            return new Addressed.NotSent(SendOutcome.skipped("the contact left is neither a phone number nor an e-mail address"));
        }
        if (reachable.get() != delivery.channel()) {
            return new Addressed.NotSent(SendOutcome.skipped("the reporter is reached by " + reachable.get()));
        }
        return new Addressed.To(contact.address(), messages.toReporter(delivery.subject(), contact.trackingCode()),
                messages.toReporter(delivery.body(), contact.trackingCode()));
    }
}
