package org.gridgov.population.protection;

import java.util.Set;

import org.gridgov.runtime.security.Role;
import org.springframework.security.access.AccessDeniedException;

/**
 * How much of a person's data a caller sees, and why. A grid worker sees the people of their own grids
 * in full (the ledger is their work); everybody else sees masks (张*, 1101**********1234) unless they
 * state a {@link Purpose} their role may state; a purpose their role may not state is refused (403),
 * never quietly masked. Every full view is written to the access log with its purpose and counts
 * against the caller's {@link DisclosureLimit}. Callers outside the grid see nothing at all: that is
 * decided before this rule is asked.
 *
 * @param full    whether names, numbers and addresses are shown in full
 * @param purpose the purpose recorded with a full view; null for a masked one
 * @param role    the caller's role the purpose was stated in; null for a masked view
 */
public record Disclosure(boolean full, Purpose purpose, Role role) {

    private static final Disclosure MASKED = new Disclosure(false, null, null);

    /**
     * @param roles          the caller's roles
     * @param statedPurpose  the purpose the caller gave, or null
     */
    public static Disclosure decide(Set<Role> roles, Purpose statedPurpose) {
        if (statedPurpose != null) {
            return stated(roles, statedPurpose);
        }
        if (roles.contains(Role.GRID_WORKER)) {
            return new Disclosure(true, Purpose.GRID_LEDGER, Role.GRID_WORKER);
        }
        return MASKED;
    }

    /**
     * The disclosure of an export, everything held about a person: only for their own request
     * ({@link Purpose#DATA_SUBJECT_REQUEST}); any other purpose is bad input.
     */
    public static Disclosure export(Set<Role> roles, Purpose statedPurpose) {
        if (statedPurpose != Purpose.DATA_SUBJECT_REQUEST) {
            throw new InvalidPurposeException("an export is made only on the person's own request: "
                    + Purpose.DATA_SUBJECT_REQUEST);
        }
        return stated(roles, statedPurpose);
    }

    /** A view for a caller who is shown masks only (lists, search results). */
    public static Disclosure masked() {
        return MASKED;
    }

    private static Disclosure stated(Set<Role> roles, Purpose purpose) {
        Role role = purpose.statedAs(roles).orElseThrow(() ->
                new AccessDeniedException("no role of the caller may read personal data for " + purpose));
        return new Disclosure(true, purpose, role);
    }
}
