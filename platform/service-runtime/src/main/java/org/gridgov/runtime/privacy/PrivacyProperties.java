package org.gridgov.runtime.privacy;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The keys that protect personal data, from the environment or a Kubernetes Secret
 * ({@code GRIDGOV_PRIVACY_CURRENT_KEY_ID}, {@code GRIDGOV_PRIVACY_KEYS_<ID>}, {@code GRIDGOV_PRIVACY_HASH_KEY}).
 *
 * @param enabled      whether the service protects personal data with these keys; a service that sets it
 *                     refuses to start while any key below is missing or malformed
 * @param currentKeyId the id of the key new values are encrypted with; it must name one of {@code keys}
 * @param keys         every key still able to decrypt stored values, by id, base64 of 32 bytes (AES-256);
 *                     old keys stay here until the re-encryption after a rotation has finished
 * @param hashKey      base64 of the HMAC-SHA256 key (at least 32 bytes) behind the exact-lookup hashes
 */
@ConfigurationProperties("gridgov.privacy")
public record PrivacyProperties(boolean enabled, String currentKeyId, Map<String, String> keys, String hashKey) {

    public PrivacyProperties {
        keys = keys == null ? Map.of() : Map.copyOf(keys);
    }
}
