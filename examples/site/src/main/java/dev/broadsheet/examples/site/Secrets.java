package dev.broadsheet.examples.site;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The site's secret keys: one random master key per process, from which a key per purpose is derived with
 * HMAC-SHA256 (form stamps, newsletter tokens, CSRF tokens, moderator sessions, author keys). Nothing is stored:
 * a restart invalidates every token, which suits an in-memory site whose data goes with it.
 */
final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] master;

    private Secrets(byte[] master) {
        this.master = master.clone();
    }

    /** @return keys derived from 32 fresh random bytes */
    static Secrets random() {
        return new Secrets(randomBytes(32));
    }

    /**
     * The key for one purpose.
     *
     * @param purpose a name such as {@code form-stamps}
     * @return 32 bytes, the same for the same purpose
     */
    byte[] key(String purpose) {
        return hmac(master, purpose);
    }

    /**
     * A message authentication code.
     *
     * @param purpose the key's purpose
     * @param message the message
     * @return HMAC-SHA256 of the message under the purpose's key, base64url without padding
     */
    String mac(String purpose, String message) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(hmac(key(purpose), message));
    }

    /** Compares two secrets in time independent of where they differ. */
    static boolean same(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    /** @return {@code bytes} random bytes, base64url without padding */
    static String randomToken(int bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(bytes));
    }

    private static byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }

    private static byte[] hmac(byte[] key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
