package org.gridgov.runtime.security;

import java.util.EnumSet;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gridgov.runtime.web.SecurityProblems;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Applies each handler's {@link AllowList} once the handler is known and before its arguments are
 * resolved: a caller whose roles are not on the list gets 403 (401 without a token) and the body is
 * never read, so a refused caller learns nothing about what a valid body looks like. A handler of
 * the service's own without a list is refused too (the start-up check keeps there from being one).
 */
final class AllowListInterceptor implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        if (!(handler instanceof HandlerMethod method) || !AllowList.isOwn(method)) {
            return true;
        }
        AllowList allowList = AllowList.of(method).orElse(null);
        if (allowList != null && allowList.anonymous()) {
            return true;
        }
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller == null || !caller.isAuthenticated() || caller instanceof AnonymousAuthenticationToken) {
            HttpHeaders headers = new HttpHeaders();
            headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            SecurityProblems.write(response, SecurityProblems.unauthorized(), request.getRequestURI(), headers);
            return false;
        }
        if (allowList == null || !allowList.admits(roles(caller))) {
            SecurityProblems.write(response, SecurityProblems.forbidden(), request.getRequestURI(), HttpHeaders.EMPTY);
            return false;
        }
        return true;
    }

    private static Set<Role> roles(Authentication caller) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (GrantedAuthority authority : caller.getAuthorities()) {
            for (Role role : Role.values()) {
                if (role.authority().equals(authority.getAuthority())) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }
}
