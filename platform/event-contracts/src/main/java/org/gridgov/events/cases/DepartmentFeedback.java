package org.gridgov.events.cases;

import java.time.Instant;
import java.util.UUID;

import org.gridgov.events.EventType;

/**
 * A department's handling report on a case dispatched to it, written by the department's own
 * integration on {@code case.feedback} (the REST API takes the same). {@code outcome} is one of
 * {@code RESOLVED}, {@code PARTIALLY_RESOLVED}, {@code NOT_OUR_RESPONSIBILITY}.
 */
@EventType(value = "org.gridgov.case.feedback.v1", schema = "case/feedback.v1.json")
public record DepartmentFeedback(UUID feedbackId, UUID caseId, String departmentCode, String handlerId,
                                 String outcome, String summary, Instant reportedAt) {
}
