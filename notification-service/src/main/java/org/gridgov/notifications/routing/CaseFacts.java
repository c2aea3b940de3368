package org.gridgov.notifications.routing;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.gridgov.events.cases.CaseAssigned;
import org.gridgov.events.cases.CaseClosed;
import org.gridgov.events.cases.CaseDeadlineWarning;
import org.gridgov.events.cases.CaseDispatched;
import org.gridgov.events.cases.CaseEscalated;
import org.gridgov.events.cases.CaseEvaluated;
import org.gridgov.events.cases.CaseFiled;
import org.gridgov.events.cases.CaseHandled;
import org.gridgov.events.cases.CaseOverdue;
import org.gridgov.events.cases.CaseReopened;
import org.gridgov.events.cases.CaseSupervised;
import org.gridgov.events.cases.CaseVerified;

/**
 * What a case event says that routing and wording need, whatever its type. Free text (reasons,
 * summaries, instructions) is left out on purpose: it may name people, and notifications must not.
 *
 * @param unitCode the unit the event concerns: where the case is held after it (the target of an escalation)
 */
public record CaseFacts(String eventId, String eventType, UUID caseId, String unitCode, String level, String category,
                        String departmentCode, String assigneeId, Instant dueAt, Instant occurredAt)
        implements Fact, FactAbout<KnownCase> {

    /** The facts of a case payload, or empty for a payload that concerns no case yet (a rejected report). */
    public static Optional<CaseFacts> of(String eventId, String eventType, Object payload) {
        Builder facts = new Builder(eventId, eventType);
        return Optional.ofNullable(switch (payload) {
            case CaseFiled e -> facts.of(e.caseId(), e.filedAt()).at(e.unitCode(), e.level()).category(e.category()).build();
            case CaseAssigned e -> facts.of(e.caseId(), e.assignedAt()).at(e.gridCode(), "GRID")
                    .assignee(e.assigneeId()).due(e.dueAt()).build();
            case CaseEscalated e -> facts.of(e.caseId(), e.escalatedAt()).at(e.targetUnitCode(), e.level())
                    .category(e.category()).due(e.dueAt()).build();
            case CaseDispatched e -> facts.of(e.caseId(), e.dispatchedAt()).at(e.unitCode(), e.level())
                    .category(e.category()).department(e.departmentCode()).due(e.dueAt()).build();
            case CaseHandled e -> facts.of(e.caseId(), e.handledAt()).department(e.departmentCode()).build();
            case CaseVerified e -> facts.of(e.caseId(), e.verifiedAt()).build();
            case CaseReopened e -> facts.of(e.caseId(), e.reopenedAt()).due(e.dueAt()).build();
            case CaseClosed e -> facts.of(e.caseId(), e.closedAt()).at(e.unitCode(), null).category(e.category()).build();
            case CaseEvaluated e -> facts.of(e.caseId(), e.evaluatedAt()).build();
            case CaseDeadlineWarning e -> facts.of(e.caseId(), e.warnedAt()).at(e.unitCode(), e.level()).due(e.dueAt()).build();
            case CaseOverdue e -> facts.of(e.caseId(), e.overdueAt()).at(e.unitCode(), e.level())
                    .department(e.departmentCode()).due(e.dueAt()).build();
            case CaseSupervised e -> facts.of(e.caseId(), e.supervisedAt()).build();
            default -> null;
        });
    }

    /**
     * What identifies the fact rather than the message carrying it: an escalation travels on
     * {@code case.events} and on {@code case.escalated} under two event ids, and is still one fact.
     */
    @Override
    public String factKey() {
        return eventType + "/" + caseId + "/" + occurredAt;
    }

    @Override
    public String consolePath() {
        return caseId == null ? "" : "cases/" + caseId;
    }

    @Override
    public Map<String, Object> shown() {
        Map<String, Object> shown = new HashMap<>();
        shown.put("category", new Code("category", category));
        shown.put("level", new Code("level", level));
        shown.put("deadline", dueAt);
        return shown;
    }

    @Override
    public UUID subjectId() {
        return caseId;
    }

    @Override
    public KnownCase applyTo(KnownCase known) {
        return known.after(this);
    }

    /** These facts, with what the event leaves out taken from what is known of the case. */
    @Override
    public CaseFacts completedWith(KnownCase known) {
        return new CaseFacts(eventId, eventType, caseId, or(unitCode, known.unitCode()), level,
                or(category, known.category()), or(departmentCode, known.departmentCode()),
                or(assigneeId, known.assigneeId()), dueAt != null ? dueAt : known.dueAt(), occurredAt);
    }

    private static String or(String value, String fallback) {
        return value != null ? value : fallback;
    }

    private static final class Builder {
        private final String eventId;
        private final String eventType;
        private UUID caseId;
        private Instant occurredAt;
        private String unitCode;
        private String level;
        private String category;
        private String departmentCode;
        private String assigneeId;
        private Instant dueAt;

        Builder(String eventId, String eventType) {
            this.eventId = eventId;
            this.eventType = eventType;
        }

        Builder of(UUID caseId, Instant occurredAt) {
            this.caseId = caseId;
            this.occurredAt = occurredAt;
            return this;
        }

        Builder at(String unitCode, String level) {
            this.unitCode = unitCode;
            this.level = level;
            return this;
        }

        Builder category(String category) {
            this.category = category;
            return this;
        }

        Builder department(String departmentCode) {
            this.departmentCode = departmentCode;
            return this;
        }

        Builder assignee(String assigneeId) {
            this.assigneeId = assigneeId;
            return this;
        }

        Builder due(Instant dueAt) {
            this.dueAt = dueAt;
            return this;
        }

        CaseFacts build() {
            return new CaseFacts(eventId, eventType, caseId, unitCode, level, category, departmentCode, assigneeId,
                    dueAt, occurredAt);
        }
    }
}
