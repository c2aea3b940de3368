package org.gridgov.cases.evaluation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When a resident's rating reopens a case.
 *
 * @param reopenAtOrBelow a rating at or below this reopens the case (0: no rating does)
 * @param reopenWithin    only within this long after the close; later the rating is only recorded
 */
@ConfigurationProperties("gridgov.evaluation")
record EvaluationProperties(@DefaultValue("2") int reopenAtOrBelow, @DefaultValue("7d") Duration reopenWithin) {

    EvaluationProperties {
        if (reopenAtOrBelow < 0 || reopenAtOrBelow > 5) {
            throw new IllegalArgumentException("gridgov.evaluation.reopen-at-or-below must be 0 to 5");
        }
        if (reopenWithin.isNegative()) {
            throw new IllegalArgumentException("gridgov.evaluation.reopen-within must not be negative");
        }
    }

    LowRatingRule rule() {
        return new LowRatingRule(reopenAtOrBelow, reopenWithin);
    }
}
