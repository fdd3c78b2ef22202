package dev.broadsheet.internal.sign;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import org.jspecify.annotations.Nullable;

/**
 * The one signed token format: base64url (no padding) of
 * {@code version(1) purpose(1) keyIdLength(1) keyId time(8) subjectLength(1) subject mac(32)}, where {@code mac}
 * is HMAC-SHA256 over a domain prefix and every byte before it. The time is seconds since the epoch (an expiry or
 * an issue time, as the purpose defines). Opening checks, in this order: shape, key id, signature; only then is the
 * content believed.
 */
public final class SignedBlob {

    /** Token purposes; distinct values keep a token of one kind from passing as another. */
    public static final int CONFIRM = 1;
    /** See {@link #CONFIRM}. */
    public static final int UNSUBSCRIBE = 2;
    /** See {@link #CONFIRM}. */
    public static final int FORM_STAMP = 3;

    /** Longest token accepted for opening, in characters; longer input is rejected before decoding. */
    public static final int MAX_CHARS = 512;
    /** Longest subject, in UTF-8 bytes. */
    public static final int MAX_SUBJECT_BYTES = 255;

    private static final byte VERSION = 1;
    private static final int MAC_BYTES = 32;
    private static final byte[] DOMAIN = "broadsheet.signed.v1\0".getBytes(StandardCharsets.US_ASCII);

    private SignedBlob() {
    }

    /** Why a token could not be opened. */
    public enum Failure {
        /** Absent, empty, too long, not base64url, or not in this format. */
        MALFORMED,
        /** Shorter than its own header says: cut off. */
        TRUNCATED,
        /** Signed with a key id this ring does not hold. */
        UNKNOWN_KEY,
        /** The signature does not match the content. */
        TAMPERED
    }

    /** A token whose signature checked out. */
    public record Opened(int purpose, long time, String subject, String keyId) {
    }

    /** Either an opened token or the failure; exactly one is non-null. */
    public record Result(@Nullable Opened opened, @Nullable Failure failure) {
    }

    /**
     * Signs with the ring's newest key.
     *
     * @throws IllegalArgumentException when the subject is empty or longer than {@value #MAX_SUBJECT_BYTES} bytes
     */
    public static String seal(KeyRing ring, int purpose, long time, String subject) {
        byte[] subj = subject.getBytes(StandardCharsets.UTF_8);
        if (subj.length == 0 || subj.length > MAX_SUBJECT_BYTES) {
            throw new IllegalArgumentException("subject must be 1 to " + MAX_SUBJECT_BYTES + " UTF-8 bytes, was "
                    + subj.length);
        }
        byte[] kid = ring.newest().getBytes(StandardCharsets.US_ASCII);
        int bodyLength = 3 + kid.length + 8 + 1 + subj.length;
        ByteBuffer b = ByteBuffer.allocate(DOMAIN.length + bodyLength + MAC_BYTES);
        b.put(DOMAIN).put(VERSION).put((byte) purpose).put((byte) kid.length).put(kid).putLong(time)
                .put((byte) subj.length).put(subj);
        byte[] all = b.array();
        byte[] mac = ring.mac(ring.newest(), all, DOMAIN.length + bodyLength);
        System.arraycopy(mac, 0, all, DOMAIN.length + bodyLength, MAC_BYTES);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOfRange(all, DOMAIN.length,
                all.length));
    }

    /** Opens a token from untrusted input; never throws. */
    public static Result open(KeyRing ring, @Nullable String token) {
        if (token == null || token.isEmpty() || token.length() > MAX_CHARS) {
            return fail(Failure.MALFORMED);
        }
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
                    || c == '_';
            if (!ok) {
                return fail(Failure.MALFORMED);
            }
        }
        // A length of 4k+1 cannot be base64: a token cut one character short; decode what is there.
        String whole = token.length() % 4 == 1 ? token.substring(0, token.length() - 1) : token;
        byte[] b = Base64.getUrlDecoder().decode(whole);
        // Stray bits in the last character: a token cut short (judged below), or not one we wrote.
        boolean canonical = Base64.getUrlEncoder().withoutPadding().encodeToString(b).equals(whole);
        boolean cut = whole.length() != token.length();
        if (b.length < 1 || b[0] != VERSION) {
            return fail(Failure.MALFORMED);
        }
        if (b.length < 3) {
            return fail(Failure.TRUNCATED);
        }
        int purpose = b[1];
        int kidLength = b[2] & 0xff;
        if (purpose < CONFIRM || purpose > FORM_STAMP || kidLength < 1 || kidLength > KeyRing.MAX_KEY_ID) {
            return fail(Failure.MALFORMED);
        }
        int at = 3 + kidLength;
        if (b.length < at) {
            return fail(Failure.TRUNCATED);
        }
        String kid = new String(b, 3, kidLength, StandardCharsets.ISO_8859_1);
        if (!KeyRing.isKeyId(kid)) {
            return fail(Failure.MALFORMED);
        }
        if (b.length < at + 9) {
            return fail(Failure.TRUNCATED);
        }
        long time = ByteBuffer.wrap(b, at, 8).getLong();
        int subjectLength = b[at + 8] & 0xff;
        if (subjectLength == 0) {
            return fail(Failure.MALFORMED);
        }
        int macAt = at + 9 + subjectLength;
        if (b.length < macAt + MAC_BYTES || cut) {
            return fail(Failure.TRUNCATED);
        }
        if (b.length > macAt + MAC_BYTES || !canonical) {
            return fail(Failure.MALFORMED);
        }
        if (!ring.has(kid)) {
            return fail(Failure.UNKNOWN_KEY);
        }
        byte[] signed = new byte[DOMAIN.length + macAt];
        System.arraycopy(DOMAIN, 0, signed, 0, DOMAIN.length);
        System.arraycopy(b, 0, signed, DOMAIN.length, macAt);
        byte[] expected = ring.mac(kid, signed, signed.length);
        if (!MessageDigest.isEqual(expected, Arrays.copyOfRange(b, macAt, macAt + MAC_BYTES))) {
            return fail(Failure.TAMPERED);
        }
        String subject;
        try {
            subject = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, at + 9, subjectLength)).toString();
        } catch (CharacterCodingException e) {
            return fail(Failure.MALFORMED); // signed by us, so only possible with a leaked key
        }
        return new Result(new Opened(purpose, time, subject, kid), null);
    }

    private static Result fail(Failure f) {
        return new Result(null, f);
    }
}
