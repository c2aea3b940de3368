package org.gridgov.population.territory;

import java.util.ArrayList;
import java.util.List;

import org.gridgov.runtime.security.Caller;
import org.gridgov.runtime.web.NotFoundException;
import org.springframework.security.access.AccessDeniedException;

/**
 * The territory rule of every record: a caller outside the record's grid gets a 404, exactly as for
 * a record that does not exist, so nothing about who lives where leaks; a caller who may see but not
 * change (an inspector) gets a 403 on a change.
 */
public final class Jurisdiction {

    private Jurisdiction() {
    }

    /** Refuses, as not found, a record of a grid the caller does not cover. */
    public static void requireVisible(Caller caller, String gridCode, String kind, Object id) {
        if (!caller.maySee(gridCode)) {
            throw new NotFoundException(kind, id);
        }
    }

    /** Refuses a change to a record of a grid the caller may not change. */
    public static void requireChangeable(Caller caller, String gridCode, String kind, Object id) {
        requireVisible(caller, gridCode, kind, id);
        if (!caller.mayChange(gridCode)) {
            throw new AccessDeniedException("read-only in this territory");
        }
    }

    /** Refuses entering a new record in a grid the caller may not change. */
    public static void requireMayEnter(Caller caller, String gridCode) {
        if (!caller.mayChange(gridCode)) {
            throw new AccessDeniedException("outside the caller's territory");
        }
    }

    /**
     * A SQL condition on {@code column} restricting rows to the caller's territory and, when given, to
     * the subtree of {@code unit}; its parameters are added to {@code params}.
     */
    public static String sqlFilter(Caller caller, String unit, String column, List<Object> params) {
        List<String> conditions = new ArrayList<>();
        if (unit != null && !unit.isBlank()) {
            conditions.add(column + " like ?");
            params.add(unit.strip() + "%");
        }
        if (!caller.territory().isEverywhere()) {
            List<String> roots = new ArrayList<>(caller.territory().roots());
            if (roots.isEmpty()) {
                return "false";
            }
            List<String> any = new ArrayList<>();
            for (String root : roots) {
                any.add(column + " like ?");
                params.add(root + "%");
            }
            conditions.add("(" + String.join(" or ", any) + ")");
        }
        return conditions.isEmpty() ? "true" : String.join(" and ", conditions);
    }
}
