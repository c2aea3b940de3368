package org.gridgov.runtime.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTest {

    @Test
    void nameKeepsItsFirstCharacter() {
        assertThat(Masking.name("张三丰")).isEqualTo("张**");
        assertThat(Masking.name("张三")).isEqualTo("张*");
        assertThat(Masking.name("欧阳娜娜")).isEqualTo("欧***");
    }

    @Test
    void nameOfOneCharacterIsMaskedWhole() {
        assertThat(Masking.name("张")).isEqualTo("*");
    }

    @Test
    void nameWithACharacterOutsideTheBasicPlaneKeepsItWhole() {
        // 𠀀 (U+20000) is two UTF-16 units; the mask counts characters, not units.
        assertThat(Masking.name("𠀀一二")).isEqualTo("𠀀**");
    }

    @Test
    void idNumberKeepsRegionAndLastFour() {
        assertThat(Masking.idNumber("110101199003071234")).isEqualTo("1101**********1234");
    }

    @Test
    void phoneKeepsPrefixAndLastFour() {
        assertThat(Masking.phone("13812345678")).isEqualTo("138****5678");
    }

    @Test
    void landlineKeepsOnlyItsLastDigits() {
        assertThat(Masking.phone("03195551234")).isEqualTo("031****1234");
        assertThat(Masking.phone("5551234")).isEqualTo("*****34");
    }

    @Test
    void addressKeepsItsFirstCharactersAndAFixedMask() {
        assertThat(Masking.address("南和区和阳镇东街12号")).isEqualTo("南和区和阳镇****");
        assertThat(Masking.address("南和区和阳镇东街村委会南100米", 3)).isEqualTo("南和区****");
        assertThat(Masking.address("东街")).isEqualTo("****");
    }

    @Test
    void nullAndEmptyStayAsTheyAre() {
        assertThat(Masking.name(null)).isNull();
        assertThat(Masking.idNumber("")).isEmpty();
        assertThat(Masking.phone(null)).isNull();
        assertThat(Masking.address(null)).isNull();
    }
}
