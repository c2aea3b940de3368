package org.gridgov.runtime.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;

class ProblemDetailsAdviceTest {

    private final ProblemDetailsAdvice advice = new ProblemDetailsAdvice();

    @Test
    void brokenRuleIsAConflictNamedBySlugWithItsProperties() {
        RuleViolation violation = new RuleViolation("one-worker-per-grid",
                "grid 130527100201001 already has an active grid worker").with("unitCode", "130527100201001");

        ProblemDetail problem = advice.ruleViolation(violation);

        assertThat(problem.getStatus()).isEqualTo(409);
        assertThat(problem.getType()).hasToString("urn:gridgov:problem:one-worker-per-grid");
        assertThat(problem.getProperties()).containsEntry("unitCode", "130527100201001");
    }

    @Test
    void unexpectedFailureTellsNothingOfItsCause() {
        ProblemDetail problem = advice.unexpected(new IllegalStateException("password=secret for 13812345678"));

        assertThat(problem.getStatus()).isEqualTo(500);
        assertThat(problem.getDetail()).doesNotContain("secret", "13812345678");
    }

    @Test
    void invalidInputListsEveryFieldWithItsReason() {
        ProblemDetail problem = ProblemDetailsAdvice.invalid(List.of(new FieldError("location.longitude", "must be at most 180")));

        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getDetail()).isEqualTo("The request has 1 invalid field.");
        assertThat(problem.getProperties().get("errors")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .containsExactly(new FieldError("location.longitude", "must be at most 180"));
    }
}
