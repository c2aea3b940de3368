package org.gridgov.notifications.disputes;

import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.gridgov.events.EventTypes;
import org.gridgov.events.disputes.AgreementFollowedUp;
import org.gridgov.events.disputes.DisputeEscalated;
import org.gridgov.events.disputes.DisputeOpened;
import org.gridgov.events.disputes.DisputeReferred;
import org.gridgov.events.disputes.DisputeSessionHeld;
import org.gridgov.events.disputes.DisputeSessionScheduled;
import org.gridgov.events.disputes.DisputeSettled;
import org.gridgov.notifications.routing.Fact;
import org.gridgov.notifications.routing.FactAbout;

/**
 * What a dispute event says that routing and wording need. The parties are never part of it: they
 * are residents, entities or outsiders referenced by id, with no account or contact point in this
 * service. Reasons are left out like every free text.
 *
 * @param unitCode    the unit that holds the dispute after the event (for a referral: the unit that referred it)
 * @param disputeType the dispute's type, from the event or remembered from its opening
 * @param sessionId   the session a scheduling or a held session concerns, or null
 * @param mediatorIds the mediators a scheduled session names; for later events, those remembered
 * @param rescheduled whether a scheduled session had been scheduled before under the same id
 * @param particulars what only this type of event shows in its template (outcome, cause, times ...)
 */
record DisputeFacts(String eventId, String eventType, UUID disputeId, UUID caseId, String unitCode, String level,
                    String disputeType, String room, Instant dueAt, UUID sessionId, List<String> mediatorIds,
                    boolean rescheduled, Map<String, Object> particulars, Instant occurredAt)
        implements Fact, FactAbout<KnownDispute> {

    private static final String ESCALATED = EventTypes.typeOf(DisputeEscalated.class);
    private static final String SCHEDULED = EventTypes.typeOf(DisputeSessionScheduled.class);

    DisputeFacts {
        mediatorIds = mediatorIds == null ? List.of() : List.copyOf(mediatorIds);
        // Absent particulars (no day to perform by) are kept as nulls: the template leaves their sentence out.
        particulars = Collections.unmodifiableMap(new HashMap<>(particulars));
    }

    /** The facts of a dispute payload, or empty for a payload this service does not know. */
    static Optional<DisputeFacts> of(String eventId, String eventType, Object payload) {
        Map<String, Object> shown = new HashMap<>();
        DisputeFacts facts = switch (payload) {
            case DisputeOpened e -> {
                shown.put("risk", new Code("risk", e.riskLevel()));
                shown.put("groupIncident", e.risks() != null && e.risks().contains("GROUP_INCIDENT"));
                shown.put("violence", e.risks() != null && e.risks().contains("VIOLENCE"));
                shown.put("people", e.peopleInvolved());
                yield new DisputeFacts(eventId, eventType, e.disputeId(), e.caseId(), e.unitCode(), e.level(), e.type(),
                        e.room(), e.dueAt(), null, null, false, shown, e.openedAt());
            }
            case DisputeEscalated e -> {
                shown.put("fromLevel", new Code("level", e.fromLevel()));
                shown.put("cause", new Code("escalationCause", e.cause()));
                yield new DisputeFacts(eventId, eventType, e.disputeId(), null, e.unitCode(), e.level(), null, e.room(),
                        e.dueAt(), null, null, false, shown, e.escalatedAt());
            }
            case DisputeSessionScheduled e -> {
                shown.put("startsAt", e.startsAt());
                yield new DisputeFacts(eventId, eventType, e.disputeId(), null, e.unitCode(), e.level(), null, e.room(),
                        null, e.sessionId(), e.mediatorAccountIds(), false, shown, e.scheduledAt());
            }
            case DisputeSessionHeld e -> {
                shown.put("outcome", new Code("sessionOutcome", e.outcome()));
                shown.put("allPartiesAttended", e.allPartiesAttended());
                yield new DisputeFacts(eventId, eventType, e.disputeId(), null, e.unitCode(), e.level(), null, null,
                        null, e.sessionId(), null, false, shown, e.heldAt());
            }
            case DisputeSettled e -> {
                shown.put("performBy", e.performBy());
                shown.put("followUpOn", e.followUpOn());
                yield new DisputeFacts(eventId, eventType, e.disputeId(), e.caseId(), e.unitCode(), e.level(), null,
                        e.room(), null, null, null, false, shown, e.settledAt());
            }
            case DisputeReferred e -> {
                shown.put("referral", new Code("referral", e.channel()));
                yield new DisputeFacts(eventId, eventType, e.disputeId(), e.caseId(), e.fromUnitCode(), e.fromLevel(),
                        null, null, null, null, null, false, shown, e.referredAt());
            }
            case AgreementFollowedUp e -> {
                shown.put("performance", new Code("performance", e.performance()));
                // "Not performed, and late" says nothing more than "not performed".
                shown.put("late", !e.onTime() && !"NOT_PERFORMED".equals(e.performance()));
                shown.put("reopened", e.reopened());
                yield new DisputeFacts(eventId, eventType, e.disputeId(), e.caseId(), e.unitCode(), e.level(), null,
                        null, null, null, null, false, shown, e.followedUpAt());
            }
            default -> null;
        };
        return Optional.ofNullable(facts);
    }

    @Override
    public UUID subjectId() {
        return disputeId;
    }

    @Override
    public KnownDispute applyTo(KnownDispute known) {
        return known.after(this);
    }

    /** These facts, with what the event leaves out taken from what is known of the dispute. */
    @Override
    public DisputeFacts completedWith(KnownDispute known) {
        return new DisputeFacts(eventId, eventType, disputeId, caseId != null ? caseId : known.caseId(), unitCode, level,
                disputeType != null ? disputeType : known.disputeType(), room, dueAt, sessionId,
                scheduled() ? mediatorIds : known.mediatorIds(),
                scheduled() && sessionId.equals(known.sessionId()), particulars, occurredAt);
    }

    /** Whether the dispute climbed to another level, whose mediators are not those of the level below. */
    boolean climbed() {
        return ESCALATED.equals(eventType);
    }

    /** Whether a session was scheduled (or scheduled again under its id). */
    boolean scheduled() {
        return SCHEDULED.equals(eventType);
    }

    @Override
    public String factKey() {
        return eventType + "/" + disputeId + "/" + occurredAt;
    }

    /** Subscriptions narrowed to a case category do not hear of disputes: dispute types are not case categories. */
    @Override
    public String category() {
        return null;
    }

    @Override
    public String consolePath() {
        return "disputes/" + disputeId;
    }

    @Override
    public Map<String, Object> shown() {
        Map<String, Object> shown = new HashMap<>(particulars);
        shown.put("disputeType", new Code("disputeType", disputeType));
        shown.put("level", new Code("level", level));
        shown.put("room", new Code("room", room));
        shown.put("deadline", dueAt);
        shown.put("rescheduled", rescheduled);
        return shown;
    }
}
