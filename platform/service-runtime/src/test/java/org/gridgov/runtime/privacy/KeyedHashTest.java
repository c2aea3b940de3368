package org.gridgov.runtime.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.Test;

class KeyedHashTest {

    private final KeyedHash hash = new KeyedHash(PersonalDataCipherTest.bytes(32, 7));

    @Test
    void equalValuesHashEquallyAndDifferentValuesDifferently() {
        assertThat(hash.of("13812345678")).isEqualTo(hash.of("13812345678"));
        assertThat(hash.of("13812345678")).isNotEqualTo(hash.of("13812345679"));
    }

    @Test
    void hashIsLowerCaseHexOfHmacSha256() {
        // RFC 4231, test case 6: a 131-byte key of 0xaa.
        byte[] key = new byte[131];
        Arrays.fill(key, (byte) 0xaa);

        String value = new KeyedHash(key).of("Test Using Larger Than Block-Size Key - Hash Key First");

        assertThat(value).isEqualTo("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
    }

    @Test
    void anotherKeyGivesAnotherHash() {
        KeyedHash other = new KeyedHash(PersonalDataCipherTest.bytes(32, 8));

        assertThat(other.of("13812345678")).isNotEqualTo(hash.of("13812345678"));
    }

    @Test
    void nullStaysNull() {
        assertThat(hash.of(null)).isNull();
    }

    @Test
    void shortOrMissingKeyIsRefusedByItsPropertyName() {
        assertThatThrownBy(() -> new KeyedHash(new byte[16]))
                .isInstanceOf(InvalidPrivacyKeyException.class)
                .hasMessageContaining("gridgov.privacy.hash-key");
        assertThatThrownBy(() -> KeyedHash.from(new PrivacyProperties(true, "k1", Map.of(), null)))
                .isInstanceOf(InvalidPrivacyKeyException.class)
                .hasMessageContaining("gridgov.privacy.hash-key is not set");
    }
}
