package org.gridgov.runtime.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 of a personal value, for exact lookups (an ID number, a phone) without a plaintext
 * column: equal inputs give equal hashes, and without the key nobody can test guesses against a
 * stolen table, which a plain hash of an 18-character ID number would allow in hours.
 *
 * <p>The caller normalises first, the same way on write and on lookup (upper-case ID numbers,
 * digits-only phones): the hash sees bytes, not meaning. Thread-safe.
 */
public final class KeyedHash {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int MIN_KEY_BYTES = 32;

    private final SecretKeySpec key;
    private final ThreadLocal<Mac> macs;

    public KeyedHash(byte[] key) {
        if (key == null || key.length < MIN_KEY_BYTES) {
            throw new InvalidPrivacyKeyException("gridgov.privacy.hash-key", "must be base64 of at least 32 bytes");
        }
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
        this.macs = ThreadLocal.withInitial(this::newMac);
    }

    /** The hash configured by {@code gridgov.privacy.hash-key}. */
    public static KeyedHash from(PrivacyProperties properties) {
        return new KeyedHash(PrivacyKeys.decode("gridgov.privacy.hash-key", properties.hashKey()));
    }

    /** Lower-case hex of HMAC-SHA256 over the UTF-8 bytes of the value; null stays null. */
    public String of(String value) {
        if (value == null) {
            return null;
        }
        Mac mac = macs.get();
        return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is not available in this JDK", e);
        }
    }
}
