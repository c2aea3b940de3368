package org.gridgov.runtime.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class PrivacyAutoConfigurationTest {

    private static final String KEY = Base64.getEncoder().encodeToString(PersonalDataCipherTest.bytes(32, 3));
    private static final String HASH_KEY = Base64.getEncoder().encodeToString(PersonalDataCipherTest.bytes(32, 4));

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(PrivacyAutoConfiguration.class));

    @Test
    void serviceThatDoesNotAskForPrivacyGetsNothing() {
        runner.run(context -> assertThat(context).doesNotHaveBean(PersonalDataCipher.class));
    }

    @Test
    void configuredKeysGiveACipherAndAKeyedHash() {
        runner.withPropertyValues("gridgov.privacy.enabled=true", "gridgov.privacy.current-key-id=k1",
                        "gridgov.privacy.keys.k1=" + KEY, "gridgov.privacy.hash-key=" + HASH_KEY)
                .run(context -> {
                    PersonalDataCipher cipher = context.getBean(PersonalDataCipher.class);
                    assertThat(cipher.decrypt(cipher.encrypt("138****5678"))).isEqualTo("138****5678");
                    assertThat(context.getBean(KeyedHash.class).of("x")).hasSize(64);
                });
    }

    @Test
    void missingCurrentKeyStopsTheStartNamingTheProperty() {
        runner.withPropertyValues("gridgov.privacy.enabled=true", "gridgov.privacy.hash-key=" + HASH_KEY)
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .rootCause().isInstanceOf(InvalidPrivacyKeyException.class)
                        .hasMessageContaining("gridgov.privacy.current-key-id"));
    }

    @Test
    void missingHashKeyStopsTheStartNamingTheProperty() {
        runner.withPropertyValues("gridgov.privacy.enabled=true", "gridgov.privacy.current-key-id=k1",
                        "gridgov.privacy.keys.k1=" + KEY)
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .rootCause().isInstanceOf(InvalidPrivacyKeyException.class)
                        .hasMessageContaining("gridgov.privacy.hash-key"));
    }
}
