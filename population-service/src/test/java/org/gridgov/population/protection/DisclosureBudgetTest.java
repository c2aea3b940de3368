package org.gridgov.population.protection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class DisclosureBudgetTest {

    private static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");
    private final DisclosureBudget budget = new DisclosureBudget(3, Duration.ofHours(1));

    @Test
    void readsWithinTheBudgetPass() {
        List<DisclosureBudget.Spent> spent = List.of(spent(10, 1), spent(20, 1));

        assertThat(budget.retryAfter(spent, 1, NOW)).isEmpty();
    }

    @Test
    void theReadPastTheBudgetWaitsUntilTheOldestItNeedsGoneLeavesTheWindow() {
        List<DisclosureBudget.Spent> spent = List.of(spent(10, 1), spent(20, 1), spent(50, 1));

        assertThat(budget.retryAfter(spent, 1, NOW)).contains(Duration.ofMinutes(10));
    }

    @Test
    void aHouseholdCountsEveryMemberShown() {
        List<DisclosureBudget.Spent> spent = List.of(spent(5, 2));

        assertThat(budget.retryAfter(spent, 1, NOW)).isEmpty();
        assertThat(budget.retryAfter(spent, 2, NOW)).contains(Duration.ofMinutes(55));
    }

    @Test
    void moreThanTheWholeBudgetAtOnceWaitsAWholeWindow() {
        assertThat(budget.retryAfter(List.of(), 4, NOW)).contains(Duration.ofHours(1));
    }

    @Test
    void theWaitIsRoundedUpToAWholeSecondAndNeverZero() {
        List<DisclosureBudget.Spent> spent = List.of(new DisclosureBudget.Spent(NOW.minus(Duration.ofHours(1)).plusMillis(300), 3));

        assertThat(budget.retryAfter(spent, 1, NOW)).contains(Duration.ofSeconds(1));
    }

    private static DisclosureBudget.Spent spent(int minutesAgo, int people) {
        return new DisclosureBudget.Spent(NOW.minus(Duration.ofMinutes(minutesAgo)), people);
    }
}
