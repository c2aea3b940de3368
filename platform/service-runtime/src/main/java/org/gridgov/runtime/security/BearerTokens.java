package org.gridgov.runtime.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/**
 * Spring Security's {@link DefaultBearerTokenResolver}, with a well-formed {@code Authorization:
 * Bearer} header read by a loop rather than by its regular expression (which, over an 800-character
 * token on every request, was a twelfth of the gateway's CPU). Anything else (no header, a malformed
 * one) goes to the library's resolver, so the answers and the errors are the library's.
 */
final class BearerTokens implements BearerTokenResolver {

    private static final String SCHEME = "Bearer ";

    private final BearerTokenResolver library = new DefaultBearerTokenResolver();

    @Override
    public String resolve(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
                && isToken68(header, SCHEME.length())) {
            return header.substring(SCHEME.length());
        }
        return library.resolve(request);
    }

    /** What the library's {@code [a-zA-Z0-9-._~+/]+=*} matches, from {@code from} to the end. */
    static boolean isToken68(String text, int from) {
        int i = from;
        while (i < text.length() && isTokenCharacter(text.charAt(i))) {
            i++;
        }
        if (i == from) {
            return false;
        }
        while (i < text.length() && text.charAt(i) == '=') {
            i++;
        }
        return i == text.length();
    }

    private static boolean isTokenCharacter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || c == '-' || c == '.' || c == '_' || c == '~' || c == '+' || c == '/';
    }
}
