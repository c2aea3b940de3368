package org.gridgov.population.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UnifiedSocialCreditCodeTest {

    @Test
    void publishedSampleCodeIsValid() {
        // The sample printed in GB 32100 guidance material.
        assertThat(UnifiedSocialCreditCode.parse("91350100M000100Y43").regionCode()).isEqualTo("350100");
    }

    @Test
    void codeOfAnEnterpriseInNanheIsValidInLowerCaseToo() {
        UnifiedSocialCreditCode code = UnifiedSocialCreditCode.parse(" 91130527ma0a1b2c3r ");

        assertThat(code.value()).isEqualTo("91130527MA0A1B2C3R");
        assertThat(code.regionCode()).isEqualTo("130527");
    }

    @Test
    void checkCharacterIsComputedModulo31() {
        assertThat(UnifiedSocialCreditCode.checkCharacterOf("92130527MA0D4E5F6")).isEqualTo('Q');
    }

    @Test
    void wrongCheckCharacterIsRefused() {
        assertThatThrownBy(() -> UnifiedSocialCreditCode.parse("91130527MA0A1B2C3Q"))
                .extracting(e -> ((InvalidIdentifierException) e).reason()).isEqualTo("credit-code-check-digit");
    }

    @Test
    void lettersOutsideTheAlphabetAndWrongLengthsAreRefused() {
        assertThatThrownBy(() -> UnifiedSocialCreditCode.parse("91130527MA0I1B2C3R"))
                .extracting(e -> ((InvalidIdentifierException) e).reason()).isEqualTo("credit-code-characters");
        assertThatThrownBy(() -> UnifiedSocialCreditCode.parse("91130527MA0A1B2C3"))
                .extracting(e -> ((InvalidIdentifierException) e).reason()).isEqualTo("credit-code-length");
        assertThatThrownBy(() -> UnifiedSocialCreditCode.parse("9113A527MA0A1B2C3R"))
                .extracting(e -> ((InvalidIdentifierException) e).reason()).isEqualTo("credit-code-region");
    }
}
