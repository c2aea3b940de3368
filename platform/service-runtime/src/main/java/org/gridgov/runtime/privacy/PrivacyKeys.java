package org.gridgov.runtime.privacy;

import java.util.Base64;

/** Reads a base64 key from its configuration property, naming the property when it cannot. */
final class PrivacyKeys {

    private PrivacyKeys() {
    }

    static byte[] decode(String property, String encoded) {
        if (encoded == null || encoded.isBlank()) {
            throw new InvalidPrivacyKeyException(property, "is not set (base64 of the key, from the environment or a Secret)");
        }
        try {
            return Base64.getDecoder().decode(encoded.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidPrivacyKeyException(property, "is not valid base64");
        }
    }
}
