package org.gridgov.disputes.indicators;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Computes the indicators in one pass over the append-only history. */
@Repository
class IndicatorQuery {

    private static final String SQL = """
            with steps as (
                select h.kind, h.level, h.detail, h.occurred_at, d.opened_at
                from dispute_history h join dispute d on d.id = h.dispute_id
                where h.grid_code like ? and h.occurred_at >= ? and h.occurred_at < ?
            ),
            agreements as (
                select s.detail ->> 'agreementId' as agreement_id
                from steps s where s.kind = 'settled'
            ),
            checks as (
                select f.detail ->> 'agreementId' as agreement_id,
                       bool_or(f.detail ->> 'performance' = 'PERFORMED' and (f.detail ->> 'onTime')::boolean) as performed_on_time,
                       bool_or((f.detail ->> 'reopened')::boolean) as reopened
                from dispute_history f
                where f.kind = 'agreement-followed-up' and f.detail ->> 'agreementId' in (select agreement_id from agreements)
                group by f.detail ->> 'agreementId'
            )
            select
                count(*) filter (where kind = 'opened') as opened,
                count(*) filter (where kind = 'settled') as settled,
                count(*) filter (where kind = 'referred') as referred,
                count(*) filter (where kind = 'settled' and level = 'GRID') as settled_grid,
                count(*) filter (where kind = 'settled' and level = 'VILLAGE') as settled_village,
                count(*) filter (where kind = 'settled' and level = 'TOWN') as settled_town,
                count(*) filter (where kind = 'settled' and level = 'COUNTY') as settled_county,
                avg(extract(epoch from occurred_at - opened_at) / 86400.0) filter (where kind = 'settled') as average_days,
                (select count(*) from checks where performed_on_time) as performed_on_time,
                (select count(*) from checks where reopened) as reopened
            from steps""";

    private final JdbcTemplate jdbc;

    IndicatorQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Indicators compute(String unit, LocalDate from, LocalDate to, IndicatorProperties targets) {
        Timestamp start = Timestamp.from(from.atStartOfDay(targets.zone()).toInstant());
        Timestamp end = Timestamp.from(to.atStartOfDay(targets.zone()).toInstant());
        return jdbc.queryForObject(SQL, (rs, row) -> {
            long settled = rs.getLong("settled");
            long referred = rs.getLong("referred");
            long concluded = settled + referred;
            long grid = rs.getLong("settled_grid");
            long mediated = rs.getLong("settled_village") + rs.getLong("settled_town") + rs.getLong("settled_county");
            Map<String, Double> byLevel = new LinkedHashMap<>();
            byLevel.put("GRID", share(grid, concluded));
            byLevel.put("VILLAGE", share(rs.getLong("settled_village"), concluded));
            byLevel.put("TOWN", share(rs.getLong("settled_town"), concluded));
            byLevel.put("COUNTY", share(rs.getLong("settled_county"), concluded));
            byLevel.put("LEGAL", share(referred, concluded));
            double averageDays = rs.getDouble("average_days");
            Double average = rs.wasNull() ? null : Math.round(averageDays * 10) / 10.0;
            long onTime = rs.getLong("performed_on_time");
            long reopened = rs.getLong("reopened");
            return new Indicators(unit, from, to, rs.getLong("opened"), settled, referred, share(settled, concluded),
                    byLevel, List.of(
                            new Indicators.ShapeShare("COMMUNITY", share(grid, concluded), targets.communityTarget()),
                            new Indicators.ShapeShare("MEDIATED", share(mediated, concluded), targets.mediatedTarget()),
                            new Indicators.ShapeShare("LEGAL", share(referred, concluded), targets.legalTarget())),
                    average, onTime, share(onTime, settled), reopened, share(reopened, settled));
        }, unit + "%", start, end);
    }

    private static Double share(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 10_000.0 / whole) / 10_000.0;
    }
}
