package org.gridgov.runtime.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jwt.JWTClaimsSet;
import org.gridgov.testing.DevTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

@ExtendWith(OutputCaptureExtension.class)
class TrustedIssuerTest {

    private static final Resource DEV_PUBLIC_KEY = new ClassPathResource("gridgov/dev-jwt-public.pem");
    private static final String JWK_SET = "https://id.gridgov.example/realms/gridgov/protocol/openid-connect/certs";

    @Test
    void withoutIssuerOrJwkSetAServiceRefusesToStartAndNamesWhatToSet() {
        SecurityProperties nothing = properties(null, null, false);

        assertThatThrownBy(() -> TrustedIssuer.decoder(nothing))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("gridgov.security.issuer-uri")
                .hasMessageContaining("gridgov.security.jwk-set-uri")
                .hasMessageContaining("gridgov.security.development");
    }

    @Test
    void outsideDevelopmentAnAudienceIsRequired() {
        SecurityProperties noAudience = properties(JWK_SET, null, false);

        assertThatThrownBy(() -> TrustedIssuer.decoder(noAudience))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("gridgov.security.audience");
    }

    @Test
    void anIssuersJwkSetWithAnAudienceIsEnough() {
        assertThat(TrustedIssuer.decoder(properties(JWK_SET, "gridgov", false))).isNotNull();
    }

    @Test
    void developmentModeTrustsTheDevelopmentKeyAndSaysSoLoudly(CapturedOutput output) {
        JwtDecoder decoder = TrustedIssuer.decoder(properties(null, null, true));

        assertThat(decoder.decode(sign(claims().audience("gridgov")))).isNotNull();
        assertThat(output.getAll()).contains("WARN").contains("gridgov.security.development");
    }

    @Test
    void aTokenWithoutExpiryIsRefused() {
        JwtDecoder decoder = TrustedIssuer.decoder(properties(null, "gridgov", true));

        assertThatThrownBy(() -> decoder.decode(sign(claims().audience("gridgov").expirationTime(null))))
                .isInstanceOf(JwtValidationException.class);
    }

    @Test
    void aTokenForAnotherAudienceOrNoneIsRefused() {
        JwtDecoder decoder = TrustedIssuer.decoder(properties(null, "gridgov", true));

        assertThatThrownBy(() -> decoder.decode(sign(claims().audience("elsewhere"))))
                .isInstanceOf(JwtValidationException.class);
        assertThatThrownBy(() -> decoder.decode(sign(claims())))
                .isInstanceOf(JwtValidationException.class);
        assertThat(decoder.decode(sign(claims().audience(List.of("account", "gridgov")))).getAudience())
                .contains("gridgov");
    }

    @Test
    void developmentTokensNameTheAudienceOfTheDevelopmentStack() {
        JwtDecoder decoder = TrustedIssuer.decoder(properties(null, "gridgov", true));

        assertThat(decoder.decode(DevTokens.forAccount("admin-1").roles("ADMIN").sign()).getAudience())
                .containsExactly("gridgov");
    }

    private static SecurityProperties properties(String jwkSetUri, String audience, boolean development) {
        return new SecurityProperties(jwkSetUri, null, audience, development, DEV_PUBLIC_KEY, List.of(),
                100, Duration.ofMinutes(5));
    }

    private static JWTClaimsSet.Builder claims() {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().issuer("https://gridgov.local/dev").subject("admin-1")
                .jwtID(UUID.randomUUID().toString()).issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(10))))
                .claim(Caller.ROLES_CLAIM, List.of("ADMIN"));
    }

    private static String sign(JWTClaimsSet.Builder claims) {
        return DevTokens.sign(claims.build());
    }
}
