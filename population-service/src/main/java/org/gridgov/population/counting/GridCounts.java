package org.gridgov.population.counting;

import java.time.Clock;
import java.util.Collection;
import java.util.TreeSet;

import org.gridgov.events.Topics;
import org.gridgov.events.population.GridPopulationCounted;
import org.gridgov.runtime.outbox.EventOutbox;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes the whole count of a grid ({@link GridPopulationCounted}, keyed by the grid code) in the
 * transaction of every change that moves it, so grid-registry's sizing check reads real counts
 * without summing moves. The grid's {@code grid_count} row is locked before counting: two changes of
 * one grid committing together publish increasing versions, and the higher one counts both.
 */
@Component
public class GridCounts {

    private final JdbcClient jdbc;
    private final EventOutbox outbox;
    private final Clock clock;

    GridCounts(JdbcClient jdbc, EventOutbox outbox, Clock clock) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Counts each grid once (in code order, so concurrent recounts lock rows in one order). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recount(Collection<String> gridCodes) {
        for (String gridCode : new TreeSet<>(gridCodes)) {
            recount(gridCode);
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void recount(String gridCode) {
        long version = jdbc.sql("""
                        insert into grid_count (grid_code, version) values (?, 1)
                        on conflict (grid_code) do update set version = grid_count.version + 1
                        returning version
                        """)
                .param(gridCode).query(Long.class).single();
        int households = count("select count(*) from household where grid_code = ? and dissolved_at is null", gridCode);
        int residents = count("""
                select count(*) from resident where grid_code = ? and left_at is null
                   and residence_status in ('REGISTERED_RESIDENT', 'FLOATING_IN')
                """, gridCode);
        int floating = count("""
                select count(*) from resident where grid_code = ? and left_at is null and residence_status = 'FLOATING_IN'
                """, gridCode);
        int enterprises = count("select count(*) from legal_entity where grid_code = ? and closed_at is null", gridCode);
        outbox.append(Topics.POPULATION_EVENTS, gridCode, new GridPopulationCounted(gridCode, households, residents,
                floating, enterprises, version, clock.instant()));
    }

    private int count(String sql, String gridCode) {
        return jdbc.sql(sql).param(gridCode).query(Integer.class).single();
    }
}
