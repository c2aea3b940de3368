package org.gridgov.runtime.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who is calling, read from the validated token: the account id (the JWT subject), the roles
 * ({@code roles} claim), the territory ({@code grid_scope} claim, unit codes) and, for department
 * handlers, the department ({@code department} claim).
 */
public record Caller(String accountId, Set<Role> roles, Territory territory, Optional<String> department) {

    public static final String ROLES_CLAIM = "roles";
    public static final String SCOPE_CLAIM = "grid_scope";
    public static final String DEPARTMENT_CLAIM = "department";

    public Caller {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /** The caller of the current request. */
    public static Caller current() {
        return currentIfAny().orElseThrow(() -> new AccessDeniedException("no authenticated caller"));
    }

    /** The caller of the current request, or empty for an anonymous one. */
    public static Optional<Caller> currentIfAny() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Jwt jwt) {
            return Optional.of(of(jwt));
        }
        return Optional.empty();
    }

    /** The caller a token describes; unknown roles are ignored, an administrator governs everywhere. */
    public static Caller of(Jwt jwt) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : strings(jwt.getClaim(ROLES_CLAIM))) {
            try {
                roles.add(Role.valueOf(name));
            } catch (IllegalArgumentException unknown) {
                // A role from another system's issuer: it grants nothing here.
            }
        }
        // The platform's own services place and route across the whole territory.
        Territory territory = roles.contains(Role.ADMIN) || roles.contains(Role.SERVICE)
                ? Territory.everywhere() : Territory.of(strings(jwt.getClaim(SCOPE_CLAIM)));
        return new Caller(jwt.getSubject(), roles, territory, Optional.ofNullable(jwt.getClaimAsString(DEPARTMENT_CLAIM)));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Whether the caller may see what belongs to the unit. */
    public boolean maySee(String unitCode) {
        return territory.covers(unitCode);
    }

    /** Whether the caller may change what belongs to the unit: inspectors and services only read. */
    public boolean mayChange(String unitCode) {
        return territory.covers(unitCode) && !(roles.size() == 1 && (has(Role.INSPECTOR) || has(Role.SERVICE)));
    }

    /**
     * Whether a department handler may act on something dispatched to {@code departmentCode}:
     * only its own department's.
     */
    public boolean actsFor(String departmentCode) {
        return has(Role.DEPARTMENT_HANDLER) && department.map(own -> own.equals(departmentCode)).orElse(false);
    }

    private static Collection<String> strings(Object claim) {
        if (claim instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        if (claim instanceof String value) {
            return List.of(value.split("[ ,]+"));
        }
        return List.of();
    }
}
