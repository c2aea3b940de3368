package org.gridgov.notifications.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.cloudevents.CloudEvent;
import org.gridgov.events.CloudEventCodec;
import org.gridgov.events.EventTypes;
import org.gridgov.notifications.contacts.ContactPoint;
import org.gridgov.notifications.contacts.ContactPoints;
import org.gridgov.notifications.delivery.NewNotification;
import org.gridgov.notifications.delivery.Notifications;
import org.gridgov.notifications.inbox.InboxSignal;
import org.gridgov.notifications.routing.Addressee;
import org.gridgov.notifications.routing.CaseFacts;
import org.gridgov.notifications.routing.Channel;
import org.gridgov.notifications.routing.Followers;
import org.gridgov.notifications.routing.KnownCase;
import org.gridgov.notifications.routing.RoutingPolicy;
import org.gridgov.notifications.templates.CaseMessages;
import org.gridgov.notifications.templates.Message;
import org.gridgov.notifications.webhook.WebhookEndpoint;
import org.gridgov.notifications.webhook.WebhookEndpoints;
import org.gridgov.notifications.webhook.WebhookPayload;
import org.gridgov.runtime.messaging.ProcessedEvents;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Turns a case event into notifications: who (the routing rules), in which words (the templates,
 * in each recipient's language) and on which channels (those the rule names and the recipient can
 * be reached on). Everything is stored in the transaction that records the event as processed, so
 * a redelivered event notifies nobody twice and a crash loses nothing.
 */
@Service
class CaseNotifier {

    private final ProcessedEvents processedEvents;
    private final KnownCases knownCases;
    private final RoutingPolicy policy;
    private final RegistryStaffing staffing;
    private final Followers followers;
    private final CaseMessages messages;
    private final ContactPoints contacts;
    private final WebhookEndpoints endpoints;
    private final Notifications notifications;
    private final InboxSignal inbox;

    CaseNotifier(ProcessedEvents processedEvents, KnownCases knownCases, RoutingPolicy policy,
                 RegistryStaffing staffing, Followers followers, CaseMessages messages, ContactPoints contacts,
                 WebhookEndpoints endpoints, Notifications notifications, InboxSignal inbox) {
        this.processedEvents = processedEvents;
        this.knownCases = knownCases;
        this.policy = policy;
        this.staffing = staffing;
        this.followers = followers;
        this.messages = messages;
        this.contacts = contacts;
        this.endpoints = endpoints;
        this.notifications = notifications;
        this.inbox = inbox;
    }

    /**
     * @param consumer    the name under which this reader records processed events
     * @param caseHistory whether the event comes from {@code case.events}, whose order per case is
     *                    the case's history; only that stream updates what is known of the case
     */
    @Transactional
    void on(String consumer, CloudEvent event, boolean caseHistory) {
        Optional<Class<?>> payloadType = EventTypes.recordOf(event.getType());
        if (payloadType.isEmpty() || !processedEvents.firstDelivery(consumer, event.getId())) {
            // A type this service does not know yet (a newer version) is not its business.
            return;
        }
        Optional<CaseFacts> read = CaseFacts.of(event.getId(), event.getType(), CloudEventCodec.data(event, payloadType.get()));
        if (read.isEmpty()) {
            return;
        }
        KnownCase known = knownCases.find(read.get().caseId());
        if (caseHistory) {
            knownCases.save(read.get().caseId(), known.after(read.get()));
        }
        CaseFacts facts = read.get().completedWith(known);
        if (!policy.routes(facts.eventType())) {
            return;
        }
        JsonNode data = CloudEventCodec.MAPPER.readTree(event.getData().toBytes());
        for (Addressee addressee : policy.addressees(facts, staffing, followers)) {
            switch (addressee.recipient().kind()) {
                case ACCOUNT -> notifyAccount(facts, addressee);
                case DEPARTMENT -> notifyDepartment(facts, addressee, data);
            }
        }
    }

    private void notifyAccount(CaseFacts facts, Addressee addressee) {
        String accountId = addressee.recipient().id();
        Optional<ContactPoint> contact = contacts.find(accountId);
        String locale = contact.map(ContactPoint::locale).orElse(messages.defaultLocale());
        Message text = messages.compose(facts, addressee.template(), Channel.INBOX, locale);
        List<NewNotification.Delivery> deliveries = new ArrayList<>();
        for (Channel channel : addressee.channels()) {
            // A channel the person cannot be reached on is not tried: no address, no delivery.
            boolean reachable = switch (channel) {
                case INBOX -> true;
                case EMAIL -> contact.map(ContactPoint::email).isPresent();
                case SMS -> contact.map(ContactPoint::phone).isPresent();
                case WEBHOOK -> false;
            };
            if (reachable) {
                Message words = channel == Channel.INBOX ? text : messages.compose(facts, addressee.template(), channel, locale);
                deliveries.add(new NewNotification.Delivery(channel, "", words.title(), words.body()));
            }
        }
        if (deliveries.isEmpty()) {
            return;
        }
        UUID id = UUID.randomUUID();
        boolean stored = notifications.record(new NewNotification(id, facts, addressee.recipient(), addressee.template(),
                locale, text.title(), text.body(), messages.link(facts.caseId()), addressee.urgent(), deliveries));
        if (stored && addressee.channels().contains(Channel.INBOX)) {
            inbox.announce(accountId, id);
        }
    }

    private void notifyDepartment(CaseFacts facts, Addressee addressee, JsonNode data) {
        String department = addressee.recipient().id();
        List<WebhookEndpoint> targets = endpoints.activeOf(department);
        if (targets.isEmpty()) {
            return;
        }
        UUID id = UUID.randomUUID();
        String locale = messages.defaultLocale();
        Message text = messages.compose(facts, addressee.template(), Channel.INBOX, locale);
        String link = messages.link(facts.caseId());
        // One body for every endpoint and attempt: what a receiver verifies is what was stored.
        String body = CloudEventCodec.MAPPER.writeValueAsString(new WebhookPayload(id, facts.eventId(),
                facts.eventType(), facts.caseId(), department, text.title(), link, facts.occurredAt(), data));
        List<NewNotification.Delivery> deliveries = targets.stream()
                .map(endpoint -> new NewNotification.Delivery(Channel.WEBHOOK, endpoint.id().toString(), null, body))
                .toList();
        notifications.record(new NewNotification(id, facts, addressee.recipient(), addressee.template(), locale,
                text.title(), text.body(), link, addressee.urgent(), deliveries));
    }
}
