package org.gridgov.runtime.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PersonalDataCipherTest {

    private static final byte[] KEY_2024 = bytes(32, 1);
    private static final byte[] KEY_2025 = bytes(32, 2);
    private static final String ID_NUMBER = "130527199003071238";
    private static final SealedAt PLACE = new SealedAt("resident", "id_number", "5b0f6c1e-0000-4000-8000-000000000001");

    private final PersonalDataCipher cipher = new PersonalDataCipher("k2024", Map.of("k2024", KEY_2024));

    @Test
    void valueEncryptedThenDecryptedIsTheSame() {
        String stored = cipher.encrypt("张三丰", PLACE);

        assertThat(cipher.decrypt(stored, PLACE)).isEqualTo("张三丰");
    }

    @Test
    void storedValueNamesItsKeyAndHidesThePlaintext() {
        String stored = cipher.encrypt(ID_NUMBER, PLACE);

        assertThat(stored).startsWith("k2024:s1:").doesNotContain(ID_NUMBER);
        byte[] sealed = Base64.getDecoder().decode(stored.substring("k2024:s1:".length()));
        assertThat(sealed).hasSize(12 + ID_NUMBER.length() + 16);
    }

    @Test
    void sameValueEncryptsDifferentlyEachTime() {
        String first = cipher.encrypt(ID_NUMBER, PLACE);

        String second = cipher.encrypt(ID_NUMBER, PLACE);

        assertThat(first).isNotEqualTo(second);
        assertThat(cipher.decrypt(second, PLACE)).isEqualTo(ID_NUMBER);
    }

    @Test
    void nullStaysNull() {
        assertThat(cipher.encrypt(null, PLACE)).isNull();
        assertThat(cipher.decrypt(null, PLACE)).isNull();
        assertThat(cipher.reencrypt(null, PLACE)).isNull();
    }

    @Test
    void valueUnderAnUnknownKeyIdIsRefused() {
        String stored = new PersonalDataCipher("k2025", Map.of("k2025", KEY_2025)).encrypt(ID_NUMBER, PLACE);

        assertThatThrownBy(() -> cipher.decrypt(stored, PLACE))
                .isInstanceOf(PersonalDataCipher.UnreadablePersonalDataException.class)
                .hasMessageContaining("k2025")
                .hasMessageNotContaining(ID_NUMBER);
    }

    @Test
    void valueRelabelledWithAnotherKeyIdIsRefused() {
        // Both keys known, but the key id is bound to the ciphertext: a swapped label fails the tag.
        PersonalDataCipher both = new PersonalDataCipher("k2025", Map.of("k2024", KEY_2024, "k2025", KEY_2025));
        String stored = both.encrypt(ID_NUMBER, PLACE);

        String relabelled = "k2024" + stored.substring("k2025".length());

        assertThatThrownBy(() -> both.decrypt(relabelled, PLACE))
                .isInstanceOf(PersonalDataCipher.UnreadablePersonalDataException.class);
    }

    @Test
    void tamperedCiphertextIsRefused() {
        String stored = cipher.encrypt(ID_NUMBER, PLACE);
        byte[] sealed = Base64.getDecoder().decode(stored.substring("k2024:s1:".length()));
        sealed[20] ^= 0x01;

        String tampered = "k2024:s1:" + Base64.getEncoder().encodeToString(sealed);

        assertThatThrownBy(() -> cipher.decrypt(tampered, PLACE))
                .isInstanceOf(PersonalDataCipher.UnreadablePersonalDataException.class)
                .hasMessageContaining("authentication tag")
                .hasMessageNotContaining(tampered);
    }

    @Test
    void malformedStoredValuesAreRefused() {
        assertThatThrownBy(() -> cipher.decrypt("no-key-id", PLACE)).isInstanceOf(PersonalDataCipher.UnreadablePersonalDataException.class);
        assertThatThrownBy(() -> cipher.decrypt("k2024:not base64!", PLACE)).isInstanceOf(PersonalDataCipher.UnreadablePersonalDataException.class);
        assertThatThrownBy(() -> cipher.decrypt("k2024:AAAA", PLACE)).isInstanceOf(PersonalDataCipher.UnreadablePersonalDataException.class);
    }

    @Test
    void rotationKeepsOldValuesReadableAndReencryptsThemUnderTheNewKey() {
        String old = cipher.encrypt(ID_NUMBER, PLACE);
        PersonalDataCipher rotated = new PersonalDataCipher("k2025", Map.of("k2024", KEY_2024, "k2025", KEY_2025));

        String moved = rotated.reencrypt(old, PLACE);

        assertThat(rotated.isCurrent(old)).isFalse();
        assertThat(rotated.decrypt(old, PLACE)).isEqualTo(ID_NUMBER);
        assertThat(moved).startsWith("k2025:");
        assertThat(rotated.isCurrent(moved)).isTrue();
        assertThat(rotated.reencrypt(moved, PLACE)).isSameAs(moved);
        assertThat(rotated.decrypt(moved, PLACE)).isEqualTo(ID_NUMBER);
    }

    @Test
    void currentKeyMustBeConfigured() {
        assertThatThrownBy(() -> new PersonalDataCipher("k2025", Map.of("k2024", KEY_2024)))
                .isInstanceOf(InvalidPrivacyKeyException.class)
                .hasMessageContaining("gridgov.privacy.keys.k2025");
        assertThatThrownBy(() -> new PersonalDataCipher(null, Map.of("k2024", KEY_2024)))
                .isInstanceOf(InvalidPrivacyKeyException.class)
                .hasMessageContaining("gridgov.privacy.current-key-id");
    }

    @Test
    void keyOfTheWrongLengthIsRefusedByItsPropertyName() {
        assertThatThrownBy(() -> new PersonalDataCipher("k2024", Map.of("k2024", bytes(16, 1))))
                .isInstanceOf(InvalidPrivacyKeyException.class)
                .hasMessageContaining("gridgov.privacy.keys.k2024")
                .hasMessageContaining("32 bytes");
    }

    @Test
    void keysAreReadFromBase64Properties() {
        PrivacyProperties properties = new PrivacyProperties(true, "k2024",
                Map.of("k2024", Base64.getEncoder().encodeToString(KEY_2024)), null);

        PersonalDataCipher configured = PersonalDataCipher.from(properties);

        assertThat(configured.decrypt(cipher.encrypt(ID_NUMBER, PLACE), PLACE)).isEqualTo(ID_NUMBER);
    }

    @Test
    void keyThatIsNotBase64IsRefusedByItsPropertyName() {
        PrivacyProperties properties = new PrivacyProperties(true, "k2024", Map.of("k2024", "not base64!"), null);

        assertThatThrownBy(() -> PersonalDataCipher.from(properties))
                .isInstanceOf(InvalidPrivacyKeyException.class)
                .hasMessage("gridgov.privacy.keys.k2024 is not valid base64");
    }

    static byte[] bytes(int length, int seed) {
        byte[] key = new byte[length];
        for (int i = 0; i < length; i++) {
            key[i] = (byte) (seed * 31 + i);
        }
        return key;
    }

    @Test
    void valueBoundToItsPlaceDecryptsThereOnly() {
        SealedAt.Column phones = SealedAt.column("case_reporter_contact", "contact");
        String stored = cipher.encrypt("13800000000", phones.row("case-1"));

        assertThat(stored).startsWith("k2024:s1:").doesNotContain("13800000000");
        assertThat(cipher.decrypt(stored, phones.row("case-1"))).isEqualTo("13800000000");
        assertThatThrownBy(() -> cipher.decrypt(stored, phones.row("case-2")))
                .isInstanceOf(PersonalDataCipher.UnreadablePersonalDataException.class)
                .hasMessageNotContaining("13800000000");
        assertThatThrownBy(() -> cipher.decrypt(stored, new SealedAt("case_reporter_contact", "name", "case-1")))
                .isInstanceOf(PersonalDataCipher.UnreadablePersonalDataException.class);
        assertThatThrownBy(() -> cipher.decrypt(stored, new SealedAt("resident", "contact", "case-1")))
                .isInstanceOf(PersonalDataCipher.UnreadablePersonalDataException.class);
    }

    @Test
    @SuppressWarnings("removal")
    void valueWrittenBeforePlacesWereBoundStillReadsAndIsReboundByReencryption() {
        SealedAt place = new SealedAt("resident", "id_number", "r-1");
        String unbound = cipher.encrypt(ID_NUMBER);

        assertThat(cipher.decrypt(unbound, place)).isEqualTo(ID_NUMBER);
        assertThat(cipher.isCurrent(unbound)).isFalse();
        String rebound = cipher.reencrypt(unbound, place);
        assertThat(rebound).startsWith("k2024:s1:");
        assertThat(cipher.isCurrent(rebound)).isTrue();
        assertThat(cipher.decrypt(rebound, place)).isEqualTo(ID_NUMBER);
    }
}
