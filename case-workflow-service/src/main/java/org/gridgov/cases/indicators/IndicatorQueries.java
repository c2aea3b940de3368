package org.gridgov.cases.indicators;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.gridgov.cases.lifecycle.RejectionReason;
import org.gridgov.cases.routing.Level;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The figures of a unit subtree over a period, from the projection, in one query. */
@Component
class IndicatorQueries {

    /** One count per rejection reason, as {@code rejected_<reason>}. */
    private static final String REJECTED_FOR = Arrays.stream(RejectionReason.values())
            .map(reason -> "count(*) filter (where rejection_code = '" + reason.name() + "') as rejected_"
                    + reason.name().toLowerCase())
            .collect(Collectors.joining(", "));

    private final JdbcClient jdbc;

    IndicatorQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param from first day of the period, in the unit's time zone
     * @param to   last day of the period, included
     */
    IndicatorReport report(String unit, LocalDate from, LocalDate to, ZoneId zone, GroupBy groupBy) {
        // One query gives the groups and, as the empty grouping set, their total.
        String key = groupBy == null ? "null::text" : groupBy.column();
        String isTotal = groupBy == null ? "true" : "grouping(" + key + ") = 1";
        String grouping = groupBy == null ? "" : "group by grouping sets ((" + key + "), ())";
        List<Figures> rows = jdbc.sql("""
                        with facts as (
                            -- A duplicate counts where the case it repeats lies.
                            select reported.*, coalesce(reported.grid_code, original.grid_code) as place
                            from indicator_case reported
                            left join indicator_case original on original.case_id = reported.duplicate_of
                        )
                        select %1$s as group_key, %2$s as total,
                            count(*) as reported,
                            count(filed_at) filter (where rejection_code is null) as filed,
                            count(rejection_code) as rejected,
                            %4$s,
                            count(closed_at) as closed,
                            count(*) filter (where closed_on_time) as closed_on_time,
                            coalesce(sum(rework_count), 0) as rework_count,
                            count(*) filter (where rework_count > 0) as reworked,
                            avg(extract(epoch from closed_at - filed_at)) as average_seconds,
                            percentile_cont(0.9) within group (order by extract(epoch from closed_at - filed_at)) as p90_seconds,
                            count(rating) as rated,
                            count(*) filter (where rating >= 4) as satisfied,
                            avg(rating) as average_rating,
                            count(*) filter (where closed_at is not null and level = 'GRID') as settled_grid,
                            count(*) filter (where closed_at is not null and level = 'VILLAGE') as settled_village,
                            count(*) filter (where closed_at is not null and level = 'TOWN') as settled_town,
                            count(*) filter (where closed_at is not null and level = 'COUNTY') as settled_county,
                            count(*) filter (where overdue_count > 0) as overdue,
                            count(*) filter (where department_late) as department_late
                        from facts
                        where place like :unit and reported_at >= :from and reported_at < :to
                        %3$s
                        order by total desc, group_key nulls last
                        """.formatted(key, isTotal, grouping, REJECTED_FOR))
                .param("unit", unit + "%")
                .param("from", Timestamp.from(from.atStartOfDay(zone).toInstant()))
                .param("to", Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant()))
                .query((rs, row) -> figures(rs))
                .list();
        Figures total = rows.isEmpty() ? figuresOfNothing() : rows.getFirst();
        List<Figures> grouped = groupBy == null ? List.of() : new ArrayList<>(rows.subList(Math.min(1, rows.size()), rows.size()));
        return new IndicatorReport(unit, from, to, groupBy, total, grouped);
    }

    private static Figures figures(ResultSet rs) throws SQLException {
        long reported = rs.getLong("reported");
        long filed = rs.getLong("filed");
        long closed = rs.getLong("closed");
        long closedOnTime = rs.getLong("closed_on_time");
        long reworked = rs.getLong("reworked");
        long rated = rs.getLong("rated");
        Map<String, Double> settledAt = new LinkedHashMap<>();
        for (Level level : Level.values()) {
            settledAt.put(level.name(), share(rs.getLong("settled_" + level.name().toLowerCase()), closed));
        }
        Map<String, Long> rejectedFor = new LinkedHashMap<>();
        for (RejectionReason reason : RejectionReason.values()) {
            rejectedFor.put(reason.name(), rs.getLong("rejected_" + reason.name().toLowerCase()));
        }
        return new Figures(rs.getBoolean("total") ? null : rs.getString("group_key"), reported, filed,
                share(filed, reported), rs.getLong("rejected"), rejectedFor, closed, share(closed, filed), closedOnTime,
                share(closedOnTime, closed),
                rs.getLong("rework_count"), reworked, share(reworked, filed), tenths(rs, "average_seconds"),
                tenths(rs, "p90_seconds"), rated, share(rs.getLong("satisfied"), rated), hundredths(rs, "average_rating"),
                settledAt, rs.getLong("overdue"), rs.getLong("department_late"));
    }

    private static Figures figuresOfNothing() {
        Map<String, Double> settledAt = new LinkedHashMap<>();
        for (Level level : Level.values()) {
            settledAt.put(level.name(), null);
        }
        Map<String, Long> rejectedFor = new LinkedHashMap<>();
        for (RejectionReason reason : RejectionReason.values()) {
            rejectedFor.put(reason.name(), 0L);
        }
        return new Figures(null, 0, 0, null, 0, rejectedFor, 0, null, 0, null, 0, 0, null, null, null, 0, null, null,
                settledAt, 0, 0);
    }

    /** A share rounded to four places; null of nothing. */
    private static Double share(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 10_000.0 / whole) / 10_000.0;
    }

    private static Double tenths(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : Math.round(value * 10) / 10.0;
    }

    private static Double hundredths(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : Math.round(value * 100) / 100.0;
    }
}
