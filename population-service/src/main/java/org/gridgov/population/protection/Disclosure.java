package org.gridgov.population.protection;

import java.util.Set;

import org.gridgov.runtime.security.Role;

/**
 * How much of a person's data a caller sees, and why. A grid worker sees the people of their own grids
 * in full (the ledger is their work); everybody else sees masks (张*, 1101**********1234) unless they
 * state a purpose. Every full view is written to the access log with its purpose. Callers outside the
 * grid see nothing at all: that is decided before this rule is asked.
 *
 * @param full    whether names, numbers and addresses are shown in full
 * @param purpose the purpose recorded with a full view; null for a masked one
 */
public record Disclosure(boolean full, String purpose) {

    /** The default purpose of a grid worker reading their own ledger. */
    static final String GRID_LEDGER = "grid ledger";
    static final int MIN_PURPOSE_LENGTH = 4;

    private static final Disclosure MASKED = new Disclosure(false, null);

    /**
     * @param roles          the caller's roles
     * @param statedPurpose  the purpose the caller gave, or null
     */
    public static Disclosure decide(Set<Role> roles, String statedPurpose) {
        String purpose = statedPurpose == null ? null : statedPurpose.strip();
        if (purpose != null && purpose.length() >= MIN_PURPOSE_LENGTH) {
            return new Disclosure(true, purpose);
        }
        if (roles.contains(Role.GRID_WORKER)) {
            return new Disclosure(true, GRID_LEDGER);
        }
        return MASKED;
    }

    /** A view for a caller who is shown masks only (lists, search results). */
    public static Disclosure masked() {
        return MASKED;
    }
}
