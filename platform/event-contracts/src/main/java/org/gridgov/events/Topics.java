package org.gridgov.events;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.gridgov.events.cases.CaseAssigned;
import org.gridgov.events.cases.CaseClosed;
import org.gridgov.events.cases.CaseDeadlineWarning;
import org.gridgov.events.cases.CaseDispatched;
import org.gridgov.events.cases.CaseEscalated;
import org.gridgov.events.cases.CaseEvaluated;
import org.gridgov.events.cases.CaseFiled;
import org.gridgov.events.cases.CaseHandled;
import org.gridgov.events.cases.CaseMediationStarted;
import org.gridgov.events.cases.CaseOverdue;
import org.gridgov.events.cases.CaseRejected;
import org.gridgov.events.cases.CaseReopened;
import org.gridgov.events.cases.CaseReported;
import org.gridgov.events.cases.CaseReturned;
import org.gridgov.events.cases.CaseSupervised;
import org.gridgov.events.cases.CaseVerified;
import org.gridgov.events.cases.DepartmentFeedback;
import org.gridgov.events.disputes.AgreementFollowedUp;
import org.gridgov.events.disputes.DisputeEscalated;
import org.gridgov.events.disputes.DisputeOpened;
import org.gridgov.events.disputes.DisputeReferred;
import org.gridgov.events.disputes.DisputeSessionHeld;
import org.gridgov.events.disputes.DisputeSessionScheduled;
import org.gridgov.events.disputes.DisputeSettled;
import org.gridgov.events.population.GridPopulationCounted;
import org.gridgov.events.population.HouseholdChanged;
import org.gridgov.events.population.ResidentLeft;
import org.gridgov.events.population.ResidentMoved;
import org.gridgov.events.population.ResidentRegistered;
import org.gridgov.events.population.SpecialGroupCareChanged;
import org.gridgov.events.population.SpecialGroupCareChangedV2;
import org.gridgov.events.population.SpecialGroupJoined;
import org.gridgov.events.population.SpecialGroupJoinedV2;
import org.gridgov.events.population.SpecialGroupLeft;
import org.gridgov.events.population.SpecialGroupLeftV2;
import org.gridgov.events.population.VisitLogged;
import org.gridgov.events.population.VisitLoggedV2;
import org.gridgov.events.population.VisitOverdue;
import org.gridgov.events.population.VisitOverdueV2;
import org.gridgov.events.units.UnitState;

/**
 * The topic catalogue: every topic of the platform, declared once. Services, tests, the AsyncAPI
 * document and the Kubernetes {@code KafkaTopic} resources all follow this list.
 * The constants exist for annotations ({@code @KafkaListener(topics = Topics.CASE_FEEDBACK)}).
 */
public final class Topics {

    public static final String CASE_REPORTED = "case.reported";
    public static final String CASE_EVENTS = "case.events";
    public static final String CASE_ESCALATED = "case.escalated";
    public static final String CASE_DISPATCHED = "case.dispatched";
    public static final String CASE_FEEDBACK = "case.feedback";
    public static final String GRID_UNITS = "grid.units";
    public static final String POPULATION_EVENTS = "population.events";
    public static final String DISPUTE_EVENTS = "dispute.events";

    private static final Duration WEEK = Duration.ofDays(7);
    private static final Duration MONTH = Duration.ofDays(30);

    private static final List<TopicSpec> CATALOGUE = List.of(
            new TopicSpec(CASE_REPORTED, "grid code", 6, false, WEEK,
                    "A new report from any channel; ce_id is the report id, so re-sending is harmless.",
                    List.of(CaseReported.class)),
            new TopicSpec(CASE_EVENTS, "case id", 12, false, MONTH,
                    "Every state change of every case, in order per case.",
                    List.of(CaseFiled.class, CaseRejected.class, CaseAssigned.class, CaseEscalated.class,
                            CaseDispatched.class, CaseHandled.class, CaseVerified.class, CaseReopened.class,
                            CaseClosed.class, CaseEvaluated.class, CaseDeadlineWarning.class,
                            CaseOverdue.class, CaseSupervised.class, CaseReturned.class,
                            CaseMediationStarted.class)),
            new TopicSpec(CASE_ESCALATED, "target unit code", 6, false, WEEK,
                    "A case arriving at a level: each command centre reads only its own units.",
                    List.of(CaseEscalated.class)),
            new TopicSpec(CASE_DISPATCHED, "department code", 6, false, WEEK,
                    "A case handed to a department, for the department's own integration.",
                    List.of(CaseDispatched.class)),
            new TopicSpec(CASE_FEEDBACK, "case id", 6, false, WEEK,
                    "A department's handling report on a case dispatched to it.",
                    List.of(DepartmentFeedback.class)),
            new TopicSpec(GRID_UNITS, "unit code", 6, true, null,
                    "Current state of every unit and grid, with staff and routing mode; read from the start.",
                    List.of(UnitState.class)),
            // The v1 special-group and visit types are retired (they named the group beside the resident) but
            // stay listed: the topic's older records still carry them.
            new TopicSpec(POPULATION_EVENTS,
                    "resident or household id; membership id for special-group and care events; grid code for grid counts",
                    6, false, MONTH,
                    "Moves, special-group changes and visits, without personal data.",
                    List.of(ResidentRegistered.class, ResidentMoved.class, ResidentLeft.class, HouseholdChanged.class,
                            GridPopulationCounted.class, SpecialGroupJoinedV2.class, SpecialGroupCareChangedV2.class,
                            SpecialGroupLeftV2.class, VisitLoggedV2.class, VisitOverdueV2.class,
                            SpecialGroupJoined.class, SpecialGroupCareChanged.class, SpecialGroupLeft.class,
                            VisitLogged.class, VisitOverdue.class)),
            new TopicSpec(DISPUTE_EVENTS, "dispute id", 6, false, MONTH,
                    "Disputes opened, escalated, mediated, settled or referred.",
                    List.of(DisputeOpened.class, DisputeEscalated.class, DisputeSessionScheduled.class,
                            DisputeSessionHeld.class, DisputeSettled.class, DisputeReferred.class,
                            AgreementFollowedUp.class)));

    private static final Map<String, TopicSpec> BY_NAME = CATALOGUE.stream()
            .collect(Collectors.toUnmodifiableMap(TopicSpec::name, topic -> topic));

    private Topics() {
    }

    /** Every topic of the platform, without the dead-letter topics. */
    public static List<TopicSpec> catalogue() {
        return CATALOGUE;
    }

    /** The topic of the given name, or empty for a name outside the catalogue. */
    public static Optional<TopicSpec> find(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** The topic of the given name; an unknown name is a programming error. */
    public static TopicSpec named(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("no topic named " + name + " in the catalogue"));
    }
}
