package org.gridgov.runtime.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The roles that may call a handler method; every other caller gets 403 before the request body is
 * read. Every handler method of a service carries this or {@link Anonymous}: one without either
 * stops the service at start ({@link AllowListCheck}). A service's own token ({@link Role#SERVICE}
 * alone) opens only the handlers whose list names {@code SERVICE}. The territory
 * ({@code Caller.maySee}, {@code mayChange}) is still checked by the handler, in addition.
 *
 * <pre>{@code
 * @PostMapping("/api/cases/{caseId}/escalate")
 * @AllowedRoles({GRID_WORKER, GRID_LEADER, COMMAND_CENTRE})
 * CaseView escalate(@PathVariable UUID caseId, @Valid @RequestBody EscalationRequest request)
 * }</pre>
 *
 * The list is published per operation in the service's OpenAPI document as {@code x-gridgov-roles}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AllowedRoles {

    /** At least one role; a caller holding any of them passes. */
    Role[] value();
}
