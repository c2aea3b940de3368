package org.gridgov.runtime.security;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

import org.springframework.core.io.Resource;

/** RSA keys read from PEM files (public: X.509 SubjectPublicKeyInfo; private: PKCS#8). */
final class PemKeys {

    private PemKeys() {
    }

    static RSAPublicKey publicKey(Resource pem, String setting) {
        try {
            return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der(pem)));
        } catch (IOException | GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            throw new IllegalStateException(setting + " is not an RSA public key in PEM", e);
        }
    }

    static RSAPrivateKey privateKey(Resource pem, String setting) {
        try {
            return (RSAPrivateKey) KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der(pem)));
        } catch (IOException | GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            throw new IllegalStateException(setting + " is not an RSA private key in PKCS#8 PEM", e);
        }
    }

    private static byte[] der(Resource pem) throws IOException {
        try (InputStream in = pem.getInputStream()) {
            String body = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "")
                    .replaceAll("\\s", "");
            return Base64.getDecoder().decode(body);
        }
    }
}
