package org.gridgov.population.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class IdCardNumberTest {

    // Numbers computed for these tests (Nanhe region 130527); they belong to nobody.
    private static final String MAN_1990 = "130527199003071232";
    private static final String WOMAN_1985 = "130527198506152427";
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    @Test
    void validNumberGivesBirthDateSexAndRegion() {
        IdCardNumber number = IdCardNumber.parse(MAN_1990, TODAY);

        assertThat(number.birthDate()).isEqualTo(LocalDate.of(1990, 3, 7));
        assertThat(number.sex()).isEqualTo(Sex.MALE);
        assertThat(number.regionCode()).isEqualTo("130527");
        assertThat(IdCardNumber.parse(WOMAN_1985, TODAY).sex()).isEqualTo(Sex.FEMALE);
    }

    @Test
    void checkCharacterTenIsWrittenX() {
        // 13052719900307123 + X: written in lower case on many forms.
        String first17 = "11010519491231002";
        char check = IdCardNumber.checkCharacterOf(first17);

        IdCardNumber number = IdCardNumber.parse(" " + first17 + Character.toLowerCase(check) + " ", TODAY);

        assertThat(check).isEqualTo('X');
        assertThat(number.value()).isEqualTo(first17 + "X");
    }

    @Test
    void wrongCheckDigitIsRefused() {
        assertThatThrownBy(() -> IdCardNumber.parse("130527199003071233", TODAY))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessageNotContaining("130527199003071233")
                .extracting(e -> ((InvalidIdentifierException) e).reason()).isEqualTo("id-number-check-digit");
    }

    @Test
    void everySingleDigitChangeBreaksTheCheck() {
        for (int position = 0; position < 17; position++) {
            char[] digits = MAN_1990.toCharArray();
            digits[position] = digits[position] == '9' ? '1' : (char) (digits[position] + 1);
            String changed = new String(digits);

            assertThat(IdCardNumber.checkCharacterOf(changed.substring(0, 17))).as("position %d", position)
                    .isNotEqualTo(changed.charAt(17));
        }
    }

    @Test
    void wrongLengthOrCharactersAreRefused() {
        assertThatThrownBy(() -> IdCardNumber.parse("13052719900307123", TODAY)).hasMessageContaining("18 characters");
        assertThatThrownBy(() -> IdCardNumber.parse("13052719900307123A", TODAY)).hasMessageContaining("last character");
        assertThatThrownBy(() -> IdCardNumber.parse("1305271990O3071232", TODAY)).hasMessageContaining("digits");
        assertThatThrownBy(() -> IdCardNumber.parse("  ", TODAY)).hasMessageContaining("missing");
    }

    @Test
    void impossibleOrFutureBirthDateIsRefused() {
        String february30 = "1305271990023012" + "3";
        String future = "1305272030010112" + "3";

        assertThatThrownBy(() -> IdCardNumber.parse(february30 + IdCardNumber.checkCharacterOf(february30), TODAY))
                .extracting(e -> ((InvalidIdentifierException) e).reason()).isEqualTo("id-number-birth-date");
        assertThatThrownBy(() -> IdCardNumber.parse(future + IdCardNumber.checkCharacterOf(future), TODAY))
                .extracting(e -> ((InvalidIdentifierException) e).reason()).isEqualTo("id-number-birth-date");
    }

    @Test
    void sexAndBirthDateGivenBesideTheNumberMustMatchIt() {
        IdCardNumber number = IdCardNumber.parse(MAN_1990, TODAY);

        number.requireConsistentWith(Sex.MALE, LocalDate.of(1990, 3, 7));
        number.requireConsistentWith(null, null);
        assertThatThrownBy(() -> number.requireConsistentWith(Sex.FEMALE, null))
                .extracting(e -> ((InvalidIdentifierException) e).reason()).isEqualTo("id-number-sex-mismatch");
        assertThatThrownBy(() -> number.requireConsistentWith(null, LocalDate.of(1990, 7, 3)))
                .extracting(e -> ((InvalidIdentifierException) e).reason()).isEqualTo("id-number-birth-date-mismatch");
    }

    @Test
    void numberPrintsMasked() {
        assertThat(IdCardNumber.parse(MAN_1990, TODAY)).hasToString("1305**********1232");
    }
}
