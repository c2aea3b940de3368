package org.gridgov.notifications.routing;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who hears of an event, on which channels: the rules of configuration applied to the facts
 * of the event (a case's or a dispute's), the registry's staffing and the users' subscriptions. One recipient reached by
 * several rules or audiences gets one notification on the union of their channels.
 */
public final class RoutingPolicy {

    private final Map<String, List<RoutingRule>> rulesByEvent;

    public RoutingPolicy(List<RoutingRule> rules) {
        this.rulesByEvent = rules.stream().collect(Collectors.groupingBy(RoutingRule::event, LinkedHashMap::new,
                Collectors.toList()));
    }

    /** Whether any rule concerns events of this type. */
    public boolean routes(String eventType) {
        return rulesByEvent.containsKey(eventType);
    }

    public List<Addressee> addressees(Fact facts, Staffing staffing, Followers followers) {
        Map<Recipient, Addressee> byRecipient = new LinkedHashMap<>();
        for (RoutingRule rule : rulesByEvent.getOrDefault(facts.eventType(), List.of())) {
            for (Addressing addressing : rule.audiences()) {
                for (Recipient recipient : recipients(addressing, facts, staffing, followers)) {
                    Set<Channel> channels = EnumSet.noneOf(Channel.class);
                    rule.channels().stream().filter(channel -> channel.reaches(recipient.kind())).forEach(channels::add);
                    if (!channels.isEmpty()) {
                        byRecipient.merge(recipient, new Addressee(recipient, channels, rule.template(), rule.urgent()),
                                Addressee::joinedWith);
                    }
                }
            }
        }
        return List.copyOf(byRecipient.values());
    }

    private static Set<Recipient> recipients(Addressing addressing, Fact facts, Staffing staffing,
                                             Followers followers) {
        Set<Recipient> recipients = new LinkedHashSet<>();
        switch (addressing.who()) {
            case ASSIGNEE -> {
                if (facts.assigneeId() != null) {
                    recipients.add(Recipient.account(facts.assigneeId()));
                }
            }
            case MEDIATORS -> facts.mediatorIds().forEach(id -> recipients.add(Recipient.account(id)));
            case DEPARTMENT -> {
                if (facts.departmentCode() != null) {
                    recipients.add(Recipient.department(facts.departmentCode()));
                }
            }
            case REPORTER -> {
                if (facts.caseId() != null) {
                    recipients.add(Recipient.reporterOf(facts.caseId()));
                }
            }
            case SUBSCRIBERS -> {
                if (facts.unitCode() != null) {
                    followers.following(facts.unitCode(), facts.category()).forEach(id -> recipients.add(Recipient.account(id)));
                }
            }
            case STAFF -> {
                for (String unit : units(addressing.units(), facts.unitCode(), staffing)) {
                    staffing.staffOf(unit, addressing.role()).ifPresent(id -> recipients.add(Recipient.account(id)));
                }
            }
        }
        return recipients;
    }

    private static List<String> units(UnitScope scope, String unitCode, Staffing staffing) {
        List<String> units = new ArrayList<>();
        if (unitCode == null) {
            return units;
        }
        if (scope != UnitScope.ANCESTORS) {
            units.add(unitCode);
        }
        if (scope != UnitScope.UNIT) {
            units.addAll(staffing.ancestorsOf(unitCode));
        }
        return units;
    }
}
