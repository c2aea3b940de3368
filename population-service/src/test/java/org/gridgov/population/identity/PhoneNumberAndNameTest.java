package org.gridgov.population.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PhoneNumberAndNameTest {

    @Test
    void phoneWrittenAnyWayNormalisesToItsDigits() {
        assertThat(PhoneNumber.normalise("138-1234-5678")).isEqualTo("13812345678");
        assertThat(PhoneNumber.normalise("+86 138 1234 5678")).isEqualTo("13812345678");
        assertThat(PhoneNumber.normalise("(0319) 555-1234")).isEqualTo("03195551234");
        assertThat(PhoneNumber.normalise(" ")).isNull();
    }

    @Test
    void phoneThatIsNoNumberIsRefused() {
        assertThatThrownBy(() -> PhoneNumber.normalise("138 1234 567")).isInstanceOf(InvalidIdentifierException.class);
        assertThatThrownBy(() -> PhoneNumber.normalise("call me")).isInstanceOf(InvalidIdentifierException.class);
    }

    @Test
    void nameLosesBlanksAndFoldsFullWidthAndMiddleDots() {
        assertThat(PersonName.normalise(" 王 秀英 ")).isEqualTo("王秀英");
        assertThat(PersonName.normalise("阿依古丽•买买提")).isEqualTo("阿依古丽·买买提");
        assertThat(PersonName.normalise("ＷＡＮＧ")).isEqualTo("WANG");
    }
}
