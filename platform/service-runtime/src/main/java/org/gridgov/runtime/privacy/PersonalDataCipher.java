package org.gridgov.runtime.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts personal data (names, ID numbers, phones, addresses) for storage with AES-256-GCM.
 *
 * <p>A stored value describes itself: {@code <keyId>:s1:<base64(iv || ciphertext+tag)>}, a random
 * 96-bit IV per value, and as associated data the key id and the place the value is stored
 * ({@link SealedAt}: table, column, row), so a value whose key id was altered, or that was copied to
 * another row, column or table, is refused like a tampered one. Values written before places were
 * bound ({@code <keyId>:<base64>}, the key id alone as associated data) still decrypt, and count as
 * not current so that re-encryption binds them. Keeping the key id with each value lets a rotation add
 * a new current key while the old one still decrypts; {@link #isCurrent} and {@link #reencrypt} let a
 * background job move stored values to the current key without downtime.
 *
 * <p>Thread-safe. Exceptions never carry the plaintext or the stored value.
 */
public final class PersonalDataCipher {

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int KEY_BYTES = 32;
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_.-]{1,40}");

    private final String currentKeyId;
    private final Map<String, SecretKey> keys;
    private static final String BOUND = "s1:";

    private final String currentPrefix;
    // One generator per thread: a shared SecureRandom serialises parallel imports on its lock.
    private final ThreadLocal<SecureRandom> random = ThreadLocal.withInitial(SecureRandom::new);
    private final ThreadLocal<Cipher> ciphers = ThreadLocal.withInitial(PersonalDataCipher::newCipher);

    /**
     * @param currentKeyId the id new values are encrypted with
     * @param keys         raw 32-byte keys by id; must contain the current one
     */
    public PersonalDataCipher(String currentKeyId, Map<String, byte[]> keys) {
        if (currentKeyId == null || !KEY_ID.matcher(currentKeyId).matches()) {
            throw new InvalidPrivacyKeyException("gridgov.privacy.current-key-id",
                    "must be set to a key id of letters, digits, '.', '_' or '-'");
        }
        Map<String, SecretKey> byId = new LinkedHashMap<>();
        keys.forEach((id, key) -> {
            String property = "gridgov.privacy.keys." + id;
            if (!KEY_ID.matcher(id).matches()) {
                throw new InvalidPrivacyKeyException(property, "key ids are letters, digits, '.', '_' or '-'");
            }
            if (key == null || key.length != KEY_BYTES) {
                throw new InvalidPrivacyKeyException(property, "must be base64 of exactly 32 bytes (AES-256)");
            }
            byId.put(id, new SecretKeySpec(key, "AES"));
        });
        if (!byId.containsKey(currentKeyId)) {
            throw new InvalidPrivacyKeyException("gridgov.privacy.keys." + currentKeyId,
                    "is missing: the current key id must name a configured key");
        }
        this.currentKeyId = currentKeyId;
        this.keys = Map.copyOf(byId);
        this.currentPrefix = currentKeyId + ":" + BOUND;
    }

    /** The cipher configured by {@code gridgov.privacy.current-key-id} and {@code gridgov.privacy.keys.*}. */
    public static PersonalDataCipher from(PrivacyProperties properties) {
        Map<String, byte[]> keys = new LinkedHashMap<>();
        properties.keys().forEach((id, encoded) -> keys.put(id, PrivacyKeys.decode("gridgov.privacy.keys." + id, encoded)));
        return new PersonalDataCipher(properties.currentKeyId(), keys);
    }

    /** The stored form of a value at its place, under the current key; null stays null. */
    public String encrypt(String plaintext, SealedAt place) {
        return plaintext == null ? null : seal(plaintext, place.associatedData(currentKeyId), currentPrefix);
    }

    private String seal(String plaintext, byte[] associatedData, String prefix) {
        byte[] iv = new byte[IV_BYTES];
        random.get().nextBytes(iv);
        try {
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentKeyId), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(associatedData);
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
            return prefix + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed: " + e.getClass().getSimpleName(), e);
        }
    }

    /**
     * The plaintext of a value stored at its place; null stays null.
     *
     * @throws UnreadablePersonalDataException for an unknown key id, a malformed value, a value altered
     *                                         after it was written, or one written for another place
     */
    public String decrypt(String stored, SealedAt place) {
        if (stored == null) {
            return null;
        }
        int colon = stored.indexOf(':');
        if (colon <= 0) {
            throw new UnreadablePersonalDataException("the stored value names no key id");
        }
        String keyId = stored.substring(0, colon);
        SecretKey key = keys.get(keyId);
        if (key == null) {
            throw new UnreadablePersonalDataException("no configured key has the id '" + printable(keyId) + "'");
        }
        boolean bound = stored.startsWith(BOUND, colon + 1);
        if (bound && place == null) {
            throw new UnreadablePersonalDataException("the stored value is bound to a place and none was given");
        }
        byte[] sealed;
        try {
            sealed = Base64.getDecoder().decode(stored.substring(colon + 1 + (bound ? BOUND.length() : 0)));
        } catch (IllegalArgumentException e) {
            throw new UnreadablePersonalDataException("the stored value is not base64");
        }
        if (sealed.length < IV_BYTES + TAG_BITS / 8) {
            throw new UnreadablePersonalDataException("the stored value is too short to be AES-GCM");
        }
        try {
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, IV_BYTES));
            cipher.updateAAD(bound ? place.associatedData(keyId) : keyId.getBytes(StandardCharsets.US_ASCII));
            byte[] plain = cipher.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new UnreadablePersonalDataException(
                    "the stored value fails its authentication tag (altered, moved from another place, or wrong key)");
        } catch (GeneralSecurityException e) {
            throw new UnreadablePersonalDataException("AES-GCM decryption failed: " + e.getClass().getSimpleName());
        }
    }

    /**
     * Whether a stored value is bound to its place under the current key (null counts as current:
     * nothing to move). A value under an old key, or written before places were bound, is not.
     */
    public boolean isCurrent(String stored) {
        return stored == null || stored.startsWith(currentPrefix);
    }

    /** The value under the current key, bound to its place: unchanged when it already is. */
    public String reencrypt(String stored, SealedAt place) {
        return isCurrent(stored) ? stored : encrypt(decrypt(stored, place), place);
    }

    /**
     * The stored form of a value not bound to its place (the key id alone as associated data).
     *
     * @deprecated every sealed column binds its place: use {@link #encrypt(String, SealedAt)}
     */
    @Deprecated(forRemoval = true)
    public String encrypt(String plaintext) {
        return plaintext == null ? null
                : seal(plaintext, currentKeyId.getBytes(StandardCharsets.US_ASCII), currentKeyId + ":");
    }

    /**
     * The plaintext of a value not bound to its place.
     *
     * @deprecated use {@link #decrypt(String, SealedAt)}, which reads these values too
     */
    @Deprecated(forRemoval = true)
    public String decrypt(String stored) {
        return decrypt(stored, null);
    }

    /**
     * An unbound value under the current key.
     *
     * @deprecated use {@link #reencrypt(String, SealedAt)}, which also binds the value to its place
     */
    @Deprecated(forRemoval = true)
    public String reencrypt(String stored) {
        return stored == null || stored.startsWith(currentKeyId + ":") ? stored : encrypt(decrypt(stored));
    }

    /** The prefix every current value starts with, for finding stale ones in SQL ({@code not starts_with(...)}). */
    public String currentPrefix() {
        return currentPrefix;
    }

    /** The id new values are encrypted with. */
    public String currentKeyId() {
        return currentKeyId;
    }

    /** The ids of every key that can decrypt. */
    public Set<String> keyIds() {
        return keys.keySet();
    }

    private static String printable(String keyId) {
        // A corrupted value could hold anything before its colon; the message shows only a key-id-shaped prefix.
        return KEY_ID.matcher(keyId).matches() ? keyId : "(not a key id)";
    }

    private static Cipher newCipher() {
        try {
            return Cipher.getInstance(TRANSFORMATION);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(TRANSFORMATION + " is not available in this JDK", e);
        }
    }

    /** A stored value that cannot be decrypted; the message names the cause, never the value. */
    public static final class UnreadablePersonalDataException extends RuntimeException {

        public UnreadablePersonalDataException(String message) {
            super(message);
        }
    }
}
