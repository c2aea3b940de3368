package org.gridgov.runtime.security;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

import static org.assertj.core.api.Assertions.assertThat;

class BearerTokensTest {

    private static final List<String> HEADERS = List.of("Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln", "bearer abc",
            "BEARER abc==", "Bearer abc=", "Bearer a=b", "Bearer ", "Bearer  abc", "Bearer abc ", "Bearer abc\n",
            "Bearer a b", "Bearer ~+/-._", "Bearer ===", "Basic dXNlcjpwYXNz", "Bearerabc", "Bearer 南和",
            "Bearer abc,def", "Token abc");

    private final BearerTokens fast = new BearerTokens();
    private final DefaultBearerTokenResolver library = new DefaultBearerTokenResolver();

    @Test
    void everyHeaderIsReadAsTheLibraryReadsIt() {
        for (String header : HEADERS) {
            MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/cases");
            request.addHeader("Authorization", header);

            assertThat(outcome(() -> fast.resolve(request))).as(header)
                    .isEqualTo(outcome(() -> library.resolve(request)));
        }
    }

    @Test
    void aRequestWithoutTheHeaderHasNoToken() {
        assertThat(fast.resolve(new MockHttpServletRequest("GET", "/api/cases"))).isNull();
    }

    private static String outcome(java.util.function.Supplier<String> resolve) {
        try {
            return "token " + resolve.get();
        } catch (OAuth2AuthenticationException e) {
            return "refused: " + e.getError().getDescription();
        }
    }
}
