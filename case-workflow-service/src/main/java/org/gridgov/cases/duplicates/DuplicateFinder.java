package org.gridgov.cases.duplicates;

import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.gridgov.cases.lifecycle.Report;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the open case a new report repeats, from the index of open cases by category and position
 * (a box of latitude and longitude), never by scanning the open cases.
 */
@Component
public class DuplicateFinder {

    private final JdbcClient jdbc;
    private final DuplicateProperties properties;
    private final DuplicateRule rule;

    DuplicateFinder(JdbcClient jdbc, DuplicateProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.rule = new DuplicateRule(properties.radiusMetres(), properties.window());
    }

    /**
     * The open case the report repeats, if any. Holds, until the caller's transaction ends, locks that
     * every report able to repeat this one also takes: two reports of one problem arriving together
     * are checked one after the other, so the second is linked to the first.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<DuplicateRule.Candidate> originalOf(Report report) {
        if (!properties.enabled() || !report.hasCoordinates()) {
            return Optional.empty();
        }
        DuplicateRule.Point point = new DuplicateRule.Point(report.latitude(), report.longitude());
        DuplicateRule.Area area = rule.searchArea(point, report.reportedAt());
        Long[] keys = Arrays.stream(rule.lockKeys(report.category(), area)).boxed().toArray(Long[]::new);
        // unnest keeps the array's (ascending) order, so every transaction locks in the same order.
        jdbc.sql("select count(pg_advisory_xact_lock(k)) from unnest(?::bigint[]) as k").param(keys)
                .query(Long.class).single();
        // The state list is the predicate of the index case_file_open_nearby (migration V2).
        List<DuplicateRule.Candidate> candidates = jdbc.sql("""
                        select id, tracking_code, latitude, longitude, reported_at from case_file
                        where category = :category
                          and latitude between :minLatitude and :maxLatitude
                          and longitude between :minLongitude and :maxLongitude
                          and reported_at between :from and :to
                          and state in ('FILED', 'ASSIGNED', 'ESCALATED', 'DISPATCHED', 'HANDLED', 'VERIFIED', 'REOPENED')
                        """)
                .param("category", report.category())
                .param("minLatitude", area.minLatitude())
                .param("maxLatitude", area.maxLatitude())
                .param("minLongitude", area.minLongitude())
                .param("maxLongitude", area.maxLongitude())
                .param("from", Timestamp.from(area.from()))
                .param("to", Timestamp.from(area.to()))
                .query((rs, row) -> new DuplicateRule.Candidate(rs.getObject("id", UUID.class),
                        rs.getString("tracking_code"),
                        new DuplicateRule.Point(rs.getDouble("latitude"), rs.getDouble("longitude")),
                        rs.getTimestamp("reported_at").toInstant()))
                .list();
        return rule.originalOf(point, report.reportedAt(), candidates);
    }
}
