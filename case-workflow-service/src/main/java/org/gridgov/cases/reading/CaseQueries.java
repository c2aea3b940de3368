package org.gridgov.cases.reading;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.gridgov.cases.deadline.Light;
import org.gridgov.cases.lifecycle.CaseAccess;
import org.gridgov.cases.lifecycle.CaseState;
import org.gridgov.cases.lifecycle.CaseStore;
import org.gridgov.cases.routing.Level;
import org.gridgov.runtime.security.Caller;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Listings of cases inside the caller's territory: a case belongs to the subtrees of the grid it
 * lies in and of the unit holding it (prefix scans on both codes), and to the department it is
 * dispatched to; the same rule as {@link CaseAccess}.
 */
@Component
class CaseQueries {

    static final int MAX_PAGE_SIZE = 100;

    private final JdbcClient jdbc;

    CaseQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    CasePage list(Caller caller, CaseFilter filter, Instant now) {
        List<String> conditions = new ArrayList<>();
        MapSqlParameterSource params = new MapSqlParameterSource();
        if (!caller.territory().isEverywhere()) {
            List<String> reach = new ArrayList<>();
            int i = 0;
            for (String root : caller.territory().roots()) {
                String name = "root" + i++;
                params.addValue(name, prefix(root));
                reach.add("grid_code like :" + name + " or unit_code like :" + name);
            }
            caller.department().filter(department -> caller.actsFor(department)).ifPresent(department -> {
                params.addValue("ownDepartment", department);
                reach.add("department_code = :ownDepartment");
            });
            if (reach.isEmpty()) {
                return new CasePage(List.of(), filter.page(), filter.size(), 0);
            }
            conditions.add("(" + String.join(" or ", reach) + ")");
        }
        if (filter.unit() != null) {
            params.addValue("unit", prefix(filter.unit()));
            conditions.add("(grid_code like :unit or unit_code like :unit)");
        }
        equal(conditions, params, "state", filter.state());
        equal(conditions, params, "level", filter.level());
        equal(conditions, params, "category", filter.category());
        equal(conditions, params, "department_code", filter.department());
        if (filter.supervised() != null) {
            params.addValue("supervised", filter.supervised());
            conditions.add("supervised = :supervised");
        }
        if (filter.light() != null) {
            params.addValue("now", Timestamp.from(now));
            // The same boundaries as Light.at: yellow from warn_at, red from due_at, both inclusive. A
            // paused case has neither while its dispute is in mediation.
            conditions.add(switch (filter.light()) {
                case GREEN -> "warn_at > :now";
                case YELLOW -> "warn_at <= :now and due_at > :now";
                case RED -> "due_at <= :now";
                case PAUSED -> "mediating_since is not null";
            });
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        long total = jdbc.sql("select count(*) from case_file" + where).paramSource(params).query(Long.class).single();
        params.addValue("limit", filter.size()).addValue("offset", (long) filter.page() * filter.size());
        List<CaseView> items = jdbc.sql("select " + CaseStore.COLUMNS + " from case_file" + where
                        + " order by reported_at desc, id limit :limit offset :offset")
                .paramSource(params)
                .query(CaseStore.rows())
                .list()
                .stream()
                .map(file -> CaseView.of(file, null, now))
                .toList();
        return new CasePage(items, filter.page(), filter.size(), total);
    }

    private static void equal(List<String> conditions, MapSqlParameterSource params, String column, Object value) {
        if (value != null) {
            params.addValue(column, value instanceof Enum<?> constant ? constant.name() : value);
            conditions.add(column + " = :" + column);
        }
    }

    /** A LIKE pattern for the codes beginning with {@code code}, whatever characters the code holds. */
    private static String prefix(String code) {
        return code.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** What a listing may be narrowed to. */
    record CaseFilter(String unit, CaseState state, Level level, String category, String department,
                      Boolean supervised, Light light, int page, int size) {
    }

    /** One page of a listing, newest reports first. */
    record CasePage(List<CaseView> items, int page, int size, long total) {
    }

}
