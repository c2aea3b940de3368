package org.gridgov.runtime.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.ProblemDetail;

class ConcurrentChangeAdviceTest {

    @Test
    void aKeyTakenByAConcurrentRequestIsAConflictThatTellsNothingOfTheKey() {
        ProblemDetail problem = new ConcurrentChangeAdvice().duplicate(new DuplicateKeyException(
                "duplicate key value violates unique constraint \"subscription_account_id_unit_code_category_key\""));

        assertThat(problem.getStatus()).isEqualTo(409);
        assertThat(problem.getType()).isEqualTo(ConcurrentChangeAdvice.CONFLICT);
        assertThat(problem.getDetail()).doesNotContain("subscription", "unique");
    }
}
