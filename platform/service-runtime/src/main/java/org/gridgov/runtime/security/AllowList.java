package org.gridgov.runtime.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.web.method.HandlerMethod;

/**
 * Who may call one handler method, as its {@link AllowedRoles} or {@link Anonymous} says.
 *
 * @param anonymous whether anybody may call it, without a token
 * @param roles     the roles that may call it; empty for an anonymous handler
 */
public record AllowList(boolean anonymous, Set<Role> roles) {

    /** The name {@link #names()} gives an anonymous handler, in place of roles. */
    public static final String ANONYMOUS = "ANONYMOUS";

    // Spring's own handlers (the error page, actuator) and springdoc's (the API document) are not the
    // service's: the filter chain guards them by path.
    private static final List<String> FRAMEWORK_PACKAGES = List.of("org.springframework.", "org.springdoc.");

    public AllowList {
        roles = Set.copyOf(roles);
    }

    /** The handler's list; empty when it carries neither annotation or, wrongly, both. */
    public static Optional<AllowList> of(HandlerMethod handler) {
        AllowedRoles allowed = handler.getMethodAnnotation(AllowedRoles.class);
        boolean anonymous = handler.hasMethodAnnotation(Anonymous.class);
        if (anonymous == (allowed != null) || (allowed != null && allowed.value().length == 0)) {
            return Optional.empty();
        }
        return Optional.of(anonymous ? new AllowList(true, Set.of()) : new AllowList(false, Set.of(allowed.value())));
    }

    /** Whether the handler is the service's own, and so must carry a list. */
    public static boolean isOwn(HandlerMethod handler) {
        String type = handler.getBeanType().getName();
        return FRAMEWORK_PACKAGES.stream().noneMatch(type::startsWith);
    }

    /** Whether a caller with these roles may call the handler (an anonymous caller has none). */
    public boolean admits(Collection<Role> callerRoles) {
        return anonymous || callerRoles.stream().anyMatch(roles::contains);
    }

    /** {@code ["ANONYMOUS"]}, or the role names in the order of {@link Role}. */
    public List<String> names() {
        if (anonymous) {
            return List.of(ANONYMOUS);
        }
        return Arrays.stream(Role.values()).filter(roles::contains).map(Role::name).toList();
    }
}
