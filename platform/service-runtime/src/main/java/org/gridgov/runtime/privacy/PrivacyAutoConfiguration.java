package org.gridgov.runtime.privacy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * {@link PersonalDataCipher} and {@link KeyedHash} for services that set {@code gridgov.privacy.enabled=true}.
 * Missing or malformed keys stop the start with an {@link InvalidPrivacyKeyException} naming the property:
 * a service holding personal data never runs without its keys.
 */
@AutoConfiguration
@ConditionalOnProperty(name = "gridgov.privacy.enabled", havingValue = "true")
@EnableConfigurationProperties(PrivacyProperties.class)
public class PrivacyAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PrivacyAutoConfiguration.class);

    @Bean
    @ConditionalOnMissingBean
    PersonalDataCipher personalDataCipher(PrivacyProperties properties) {
        PersonalDataCipher cipher = PersonalDataCipher.from(properties);
        log.info("Personal data encrypted under key id {}; {} key(s) can decrypt", cipher.currentKeyId(), cipher.keyIds().size());
        return cipher;
    }

    @Bean
    @ConditionalOnMissingBean
    KeyedHash keyedHash(PrivacyProperties properties) {
        return KeyedHash.from(properties);
    }
}
