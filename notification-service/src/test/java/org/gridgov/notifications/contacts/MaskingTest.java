package org.gridgov.notifications.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTest {

    @Test
    void phoneKeepsItsPrefixAndLastFourDigits() {
        assertThat(Masking.phone("13812345678")).isEqualTo("138****5678");
        assertThat(Masking.phone("+8613812345678")).isEqualTo("+86*******5678");
        assertThat(Masking.phone("1234567")).isEqualTo("*****67");
    }

    @Test
    void emailKeepsItsFirstLetterAndDomain() {
        assertThat(Masking.email("wang.li@example.org")).isEqualTo("w***@example.org");
        assertThat(Masking.email(null)).isNull();
    }
}
