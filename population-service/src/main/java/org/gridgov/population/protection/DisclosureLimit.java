package org.gridgov.population.protection;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.gridgov.runtime.security.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Applies the {@link DisclosureBudget} to every full read, counted from the access log in PostgreSQL
 * so that it holds across replicas: in the transaction of the read, under an advisory lock per account
 * (two replicas serving one account count one after the other), before the access-log row is written.
 * Meters: {@code gridgov.population.disclosures} (people shown in full, by role and purpose) and
 * {@code gridgov.population.disclosure.bursts} (reads refused at the limit, by role); a refusal is also
 * a WARN without anyone's data: who it was is in the access log, for inspectors.
 */
@Component
class DisclosureLimit {

    private static final Logger log = LoggerFactory.getLogger(DisclosureLimit.class);
    static final String DISCLOSURES = "gridgov.population.disclosures";
    static final String BURSTS = "gridgov.population.disclosure.bursts";

    private final JdbcClient jdbc;
    private final DisclosureBudget budget;
    private final MeterRegistry meters;
    private final Clock clock;

    DisclosureLimit(JdbcClient jdbc, DisclosureProperties properties, MeterRegistry meters, Clock clock) {
        this.jdbc = jdbc;
        this.budget = new DisclosureBudget(properties.people(), properties.window());
        this.meters = meters;
        this.clock = clock;
    }

    /** Counts {@code people} more people shown to the caller in full, or refuses the read. */
    void spend(Caller caller, Disclosure disclosure, int people) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('population.disclosure'), hashtext(?))")
                .param(caller.accountId()).query().singleRow();
        Instant now = clock.instant();
        // Every row shows at least one person, so the rows past the budget's size cannot change the answer.
        List<DisclosureBudget.Spent> spent = jdbc.sql("""
                        select accessed_at, disclosed_people from personal_data_access
                         where accessor_account_id = ? and action in ('READ', 'EXPORT') and accessed_at > ?
                         order by accessed_at desc, id desc limit ?
                        """)
                .params(caller.accountId(), Timestamp.from(now.minus(budget.window())), budget.people() + 1)
                .query((rs, row) -> new DisclosureBudget.Spent(rs.getTimestamp("accessed_at").toInstant(),
                        rs.getInt("disclosed_people")))
                .list();
        String role = disclosure.role().name();
        Duration wait = budget.retryAfter(spent, people, now).orElse(null);
        if (wait != null) {
            Counter.builder(BURSTS).description("Full reads of personal data refused at the per-account limit")
                    .tag("role", role).register(meters).increment();
            log.warn("Full read of personal data refused: an account in role {} reached {} people within {} "
                    + "(purpose {}); the access log names it", role, budget.people(), budget.window(), disclosure.purpose());
            throw new DisclosureLimitExceededException(wait, budget.people(), budget.window());
        }
        Counter.builder(DISCLOSURES).description("People shown in full, by the role and purpose stated")
                .tag("role", role).tag("purpose", disclosure.purpose().name()).register(meters).increment(people);
    }
}
