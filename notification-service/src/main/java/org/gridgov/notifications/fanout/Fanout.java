package org.gridgov.notifications.fanout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.gridgov.events.CloudEventCodec;
import org.gridgov.notifications.contacts.ContactPoint;
import org.gridgov.notifications.contacts.ContactPoints;
import org.gridgov.notifications.delivery.NewNotification;
import org.gridgov.notifications.delivery.Notifications;
import org.gridgov.notifications.inbox.InboxSignal;
import org.gridgov.notifications.routing.Addressee;
import org.gridgov.notifications.routing.Channel;
import org.gridgov.notifications.routing.Fact;
import org.gridgov.notifications.routing.FactAbout;
import org.gridgov.notifications.routing.Followers;
import org.gridgov.notifications.routing.Recipient;
import org.gridgov.notifications.routing.RoutingPolicy;
import org.gridgov.notifications.templates.Message;
import org.gridgov.notifications.templates.Messages;
import org.gridgov.notifications.webhook.WebhookEndpoint;
import org.gridgov.notifications.webhook.WebhookEndpoints;
import org.gridgov.notifications.webhook.WebhookPayload;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Turns the facts of events into notifications: who (the routing rules), in which words (the
 * templates, in each recipient's language) and on which channels (those the rule names and the
 * recipient can be reached on). It runs in the transaction of the listener that records the events
 * as processed, so a redelivered event notifies nobody twice and a crash loses nothing.
 */
@Service
public class Fanout {

    private final RoutingPolicy policy;
    private final RegistryStaffing staffing;
    private final Followers followers;
    private final Messages messages;
    private final ContactPoints contacts;
    private final WebhookEndpoints endpoints;
    private final Notifications notifications;
    private final InboxSignal inbox;

    Fanout(RoutingPolicy policy, RegistryStaffing staffing, Followers followers, Messages messages,
           ContactPoints contacts, WebhookEndpoints endpoints, Notifications notifications, InboxSignal inbox) {
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
     * Notifies everyone the rules name for facts read from their subjects' history, in order: each
     * fact is completed from what was known of its subject before it, and what it changes is
     * remembered when {@code remember} (a topic whose order per subject is the subject's history).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public <K, F extends FactAbout<K>> void notifyInOrder(List<FirstDeliveries.Read<F>> read, KnownStates<K> states,
                                                          boolean remember) {
        Map<UUID, K> known = new HashMap<>(states.findAll(read.stream().map(item -> item.facts().subjectId()).toList()));
        Map<UUID, K> changed = new HashMap<>();
        List<FactOfEvent> completed = new ArrayList<>();
        for (FirstDeliveries.Read<F> item : read) {
            UUID subject = item.facts().subjectId();
            K before = known.getOrDefault(subject, states.unknown());
            if (remember) {
                K after = item.facts().applyTo(before);
                known.put(subject, after);
                changed.put(subject, after);
            }
            completed.add(new FactOfEvent(item.facts().completedWith(before), item.event()));
        }
        states.saveAll(changed);
        notifyOf(completed);
    }

    /**
     * Notifies everyone the rules name for each fact, in order; facts of event types without rules
     * notify nobody. Followers, contact points and endpoints are read once for all the facts, and the
     * notifications stored in two batches.
     */
    private void notifyOf(List<FactOfEvent> facts) {
        List<FactOfEvent> routed = facts.stream().filter(item -> policy.routes(item.fact().eventType())).toList();
        if (routed.isEmpty()) {
            return;
        }
        Followers followersHere = followers.of(routed.stream().map(item -> item.fact().unitCode()).collect(Collectors.toSet()));
        List<List<Addressee>> addresseesOfEach = routed.stream()
                .map(item -> policy.addressees(item.fact(), staffing, followersHere)).toList();
        Map<String, ContactPoint> contactsById = contacts.findAll(idsOf(addresseesOfEach, Recipient.Kind.ACCOUNT));
        Map<String, List<WebhookEndpoint>> endpointsByDepartment = endpoints.activeOf(idsOf(addresseesOfEach,
                Recipient.Kind.DEPARTMENT));
        List<NewNotification> toStore = new ArrayList<>();
        for (int index = 0; index < routed.size(); index++) {
            FactOfEvent item = routed.get(index);
            for (Addressee addressee : addresseesOfEach.get(index)) {
                String id = addressee.recipient().id();
                Optional<NewNotification> notification = switch (addressee.recipient().kind()) {
                    case ACCOUNT -> toAccount(item.fact(), addressee, Optional.ofNullable(contactsById.get(id)));
                    case DEPARTMENT -> toDepartment(item, addressee, endpointsByDepartment.getOrDefault(id, List.of()));
                    case REPORTER -> toReporter(item.fact(), addressee);
                };
                notification.ifPresent(toStore::add);
            }
        }
        List<NewNotification> stored = notifications.record(toStore);
        inbox.announce(stored.stream().filter(notification -> notification.deliveries().stream()
                .anyMatch(delivery -> delivery.channel() == Channel.INBOX)).toList());
    }

    private static Set<String> idsOf(List<List<Addressee>> addresseesOfEach, Recipient.Kind kind) {
        return addresseesOfEach.stream().flatMap(List::stream).map(Addressee::recipient)
                .filter(recipient -> recipient.kind() == kind).map(Recipient::id).collect(Collectors.toSet());
    }

    private Optional<NewNotification> toAccount(Fact fact, Addressee addressee, Optional<ContactPoint> contact) {
        String locale = contact.map(ContactPoint::locale).orElse(messages.defaultLocale());
        Message text = messages.compose(fact, addressee.template(), Channel.INBOX, locale);
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
                Message words = channel == Channel.INBOX ? text : messages.compose(fact, addressee.template(), channel, locale);
                deliveries.add(new NewNotification.Delivery(channel, "", words.title(), words.body()));
            }
        }
        if (deliveries.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new NewNotification(UUID.randomUUID(), fact, addressee.recipient(), addressee.template(),
                locale, text.title(), text.body(), messages.link(fact), addressee.urgent(), deliveries));
    }

    /**
     * The resident who reported the case: one delivery per channel the rule names (SMS, e-mail),
     * because only case-workflow knows which the contact they left is, and it is asked when the
     * message is sent. Their tracking code is filled in then too; neither is stored here.
     */
    private Optional<NewNotification> toReporter(Fact fact, Addressee addressee) {
        String locale = messages.defaultLocale();
        List<NewNotification.Delivery> deliveries = new ArrayList<>();
        for (Channel channel : addressee.channels()) {
            Message words = messages.composeForReporter(fact, addressee.template(), channel, locale);
            deliveries.add(new NewNotification.Delivery(channel, "", words.title(), words.body()));
        }
        if (deliveries.isEmpty()) {
            return Optional.empty();
        }
        Message text = messages.composeForReporter(fact, addressee.template(), Channel.INBOX, locale);
        return Optional.of(new NewNotification(UUID.randomUUID(), fact, addressee.recipient(), addressee.template(),
                locale, text.title(), text.body(), null, addressee.urgent(), deliveries));
    }

    private Optional<NewNotification> toDepartment(FactOfEvent item, Addressee addressee, List<WebhookEndpoint> targets) {
        Fact fact = item.fact();
        String department = addressee.recipient().id();
        if (targets.isEmpty()) {
            return Optional.empty();
        }
        UUID id = UUID.randomUUID();
        String locale = messages.defaultLocale();
        Message text = messages.compose(fact, addressee.template(), Channel.INBOX, locale);
        String link = messages.link(fact);
        JsonNode data = CloudEventCodec.MAPPER.readTree(item.event().getData().toBytes());
        // One body for every endpoint and attempt: what a receiver verifies is what was stored.
        String body = CloudEventCodec.MAPPER.writeValueAsString(new WebhookPayload(id, fact.eventId(),
                fact.eventType(), fact.caseId(), department, text.title(), link, fact.occurredAt(), data));
        List<NewNotification.Delivery> deliveries = targets.stream()
                .map(endpoint -> new NewNotification.Delivery(Channel.WEBHOOK, endpoint.id().toString(), null, body))
                .toList();
        return Optional.of(new NewNotification(id, fact, addressee.recipient(), addressee.template(), locale,
                text.title(), text.body(), link, addressee.urgent(), deliveries));
    }
}
