package org.gridgov.disputes.reading;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.gridgov.disputes.levels.DisputeType;
import org.gridgov.disputes.levels.Level;
import org.gridgov.disputes.lifecycle.DisputeAccessRules;
import org.gridgov.disputes.lifecycle.DisputeState;
import org.gridgov.runtime.security.Caller;
import org.gridgov.runtime.security.Role;

/**
 * A listing's SQL condition: the caller's visibility (the rule of {@link DisputeAccessRules}, as SQL)
 * and the filters asked for.
 */
record DisputeFilter(String where, List<Object> args) {

    static DisputeFilter of(Caller caller, String unit, DisputeState state, Level level, DisputeType type,
                            Boolean overdue, Instant now) {
        List<String> conditions = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        conditions.add(visibility(caller, args));
        if (unit != null) {
            conditions.add("(grid_code like ? or unit_code like ?)");
            args.add(unit + "%");
            args.add(unit + "%");
        }
        if (state != null) {
            conditions.add("state = ?");
            args.add(state.name());
        }
        if (level != null) {
            conditions.add("level = ?");
            args.add(level.name());
        }
        if (type != null) {
            conditions.add("type = ?");
            args.add(type.name());
        }
        if (overdue != null) {
            conditions.add(overdue ? "(state = 'OPEN' and due_at <= ?)" : "not (state = 'OPEN' and due_at <= ?)");
            args.add(java.sql.Timestamp.from(now));
        }
        return new DisputeFilter(String.join(" and ", conditions), args);
    }

    private static String visibility(Caller caller, List<Object> args) {
        if (caller.has(Role.ADMIN)) {
            return "true";
        }
        List<String> any = new ArrayList<>();
        for (String root : caller.territory().roots()) {
            if (DisputeAccessRules.readsTerritory(caller)) {
                any.add("grid_code like ? or unit_code like ?");
                args.add(root + "%");
                args.add(root + "%");
            }
            if (caller.has(Role.MEDIATOR)) {
                any.add("(unit_code like ? and level = ?)");
                args.add(root + "%");
                args.add(Level.ofUnitCode(root).name());
            }
        }
        return any.isEmpty() ? "false" : "(" + String.join(" or ", any) + ")";
    }
}
