package dev.broadsheet.examples.spring;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The site's keys, each derived from one secret by HMAC-SHA256 over its purpose, so that instances given the same
 * {@code broadsheet.secret} verify each other's form stamps and newsletter links.
 */
final class Keys {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final byte[] master;

    Keys(byte[] master) {
        if (master.length < 16) {
            throw new IllegalArgumentException("broadsheet.secret must have at least 16 bytes, had " + master.length);
        }
        this.master = master.clone();
    }

    static Keys of(String secret) {
        return new Keys(secret.getBytes(StandardCharsets.UTF_8));
    }

    static Keys random() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return new Keys(b);
    }

    /** @return a 32-byte key for one purpose */
    byte[] key(String purpose) {
        return hmac(master, purpose);
    }

    /** @return a keyed hash of a value, for a purpose, as URL-safe base64 */
    String mac(String purpose, String value) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(hmac(key(purpose), value));
    }

    /** @return URL-safe random text of {@code bytes} random bytes */
    static String randomToken(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private static byte[] hmac(byte[] key, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JDK", e);
        }
    }

    /** Constant-time comparison. */
    static boolean same(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
