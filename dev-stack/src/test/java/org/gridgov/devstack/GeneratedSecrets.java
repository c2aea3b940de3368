package org.gridgov.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * The Secrets the manifests read, filled as an operator (deploy/README.md, "Namespace and
 * secrets") and Strimzi would fill them, with made-up values of the shape each key holds: keys are
 * 32 random bytes in base64, logins random, the Kafka login a SCRAM JAAS line, the cluster CA a PEM
 * certificate. Each value is made once, so every reader of a Secret sees the same.
 */
final class GeneratedSecrets implements RenderedOverlay.Secrets {

    /** The id of the one personal-data key; its Secret key is the id in upper case (README: {@code K1}). */
    static final String KEY_ID = "k1";

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Basic-auth Secret to the PostgreSQL role CloudNativePG sets its password from. */
    private final Map<String, String> roles = new HashMap<>();
    private final Map<String, String> values = new HashMap<>();

    GeneratedSecrets(RenderedOverlay overlay) {
        for (JsonNode cluster : overlay.ofKind("Cluster")) {
            for (JsonNode role : cluster.path("spec").path("managed").path("roles")) {
                roles.put(role.path("passwordSecret").path("name").asString(), role.path("name").asString());
            }
        }
    }

    @Override
    public synchronized String value(String secret, String key) {
        String known = values.get(secret + "/" + key);
        if (known == null) {
            known = make(secret, key);
            values.put(secret + "/" + key, known);
        }
        return known;
    }

    @Override
    public Map<String, String> whole(String secret) {
        if (secret.endsWith("-privacy-keys")) {
            // The data keys by id; the current key id (the -privacy Secret) names the one here.
            return Collections.singletonMap(KEY_ID.toUpperCase(Locale.ROOT), value(secret, KEY_ID));
        }
        throw new AssertionError("no test values for the Secret " + secret + " taken whole: say in GeneratedSecrets what it holds");
    }

    private String make(String secret, String key) {
        return switch (key) {
            case "username" -> {
                String role = roles.get(secret);
                if (role == null) {
                    throw new AssertionError("the Secret " + secret + " logs in to PostgreSQL, but no role of the Cluster takes its password from it");
                }
                yield role;
            }
            case "password", "client-secret" -> random(24);
            case "sasl.jaas.config" -> "org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
                    + secret + "\" password=\"" + random(24) + "\";";
            case "ca.crt" -> certificate();
            case "current-key-id" -> KEY_ID;
            case "hash-key", KEY_ID -> random(32);
            default -> throw new AssertionError("no test value for the key " + key + " of the Secret " + secret
                    + ": say in GeneratedSecrets what it holds");
        };
    }

    private static String random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return Base64.getEncoder().encodeToString(value);
    }

    /** A CA certificate in PEM, as Strimzi writes into the cluster CA Secret: any one of this JDK's. */
    private static String certificate() {
        Path cacerts = Path.of(System.getProperty("java.home"), "lib", "security", "cacerts");
        try (InputStream in = Files.newInputStream(cacerts)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, null);
            Certificate certificate = store.getCertificate(store.aliases().nextElement());
            return "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot read a CA certificate from " + cacerts, e);
        }
    }
}
