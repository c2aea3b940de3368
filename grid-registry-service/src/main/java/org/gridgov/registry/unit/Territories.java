package org.gridgov.registry.unit;

import org.gridgov.runtime.security.Caller;
import org.gridgov.runtime.web.NotFoundException;
import org.springframework.security.access.AccessDeniedException;

/**
 * The registry's territory rules: administrators and command centres change units inside their
 * territory; every authenticated role reads inside its own, and what lies outside does not exist
 * for it (404, so nothing leaks).
 */
public final class Territories {

    private Territories() {
    }

    public static void requireChange(String code) {
        if (!Caller.current().mayChange(code)) {
            throw new AccessDeniedException("unit outside the caller's territory");
        }
    }

    public static void requireSight(String code) {
        if (!Caller.current().maySee(code)) {
            throw new NotFoundException("unit", code);
        }
    }

    public static boolean visible(String code) {
        return Caller.current().maySee(code);
    }
}
