package org.gridgov.population.care;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.gridgov.events.Topics;
import org.gridgov.events.population.VisitOverdueV2;
import org.gridgov.runtime.outbox.EventOutbox;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finds members whose visit is overdue and publishes {@link VisitOverdueV2} once per missed due time,
 * so the carers are reminded. Rows are claimed with {@code skip locked}: several replicas scan
 * side by side without publishing one overdue visit twice.
 */
@Component
public class OverdueVisits {

    private static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final EventOutbox outbox;
    private final TransactionTemplate transactions;
    private final Clock clock;

    OverdueVisits(JdbcClient jdbc, EventOutbox outbox, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${gridgov.population.visits.overdue-scan-interval:1m}",
            initialDelayString = "${gridgov.population.visits.overdue-scan-interval:1m}")
    void scheduledScan() {
        while (scan() == BATCH) {
            // a backlog (after downtime): keep going until it is worked off
        }
    }

    /** Publishes the overdue visits found; returns how many. */
    public int scan() {
        Instant now = clock.instant();
        Integer published = transactions.execute(status -> {
            List<Overdue> overdue = jdbc.sql("""
                            select m.id, m.grid_code, m.last_visited_at, m.due_at,
                                   (select coalesce(array_agg(c.account_id order by c.account_id), '{}')
                                      from membership_carer c where c.membership_id = m.id) as carers
                              from special_group_membership m
                             where m.left_at is null and m.due_at <= ?
                               and (m.overdue_reported_for is null or m.overdue_reported_for < m.due_at)
                             order by m.due_at
                             limit ?
                               for update of m skip locked
                            """)
                    .params(Timestamp.from(now), BATCH)
                    .query((rs, row) -> new Overdue(rs.getObject("id", UUID.class), rs.getString("grid_code"),
                            Memberships.instant(rs.getTimestamp("last_visited_at")), rs.getTimestamp("due_at").toInstant(),
                            List.of((String[]) rs.getArray("carers").getArray())))
                    .list();
            for (Overdue visit : overdue) {
                jdbc.sql("update special_group_membership set overdue_reported_for = due_at where id = ?")
                        .param(visit.membershipId()).update();
                outbox.append(Topics.POPULATION_EVENTS, visit.membershipId().toString(), new VisitOverdueV2(
                        visit.membershipId(), visit.gridCode(), visit.carers(), visit.lastVisitedAt(), visit.dueAt(), now));
            }
            return overdue.size();
        });
        return published == null ? 0 : published;
    }

    private record Overdue(UUID membershipId, String gridCode, Instant lastVisitedAt, Instant dueAt, List<String> carers) {
    }
}
