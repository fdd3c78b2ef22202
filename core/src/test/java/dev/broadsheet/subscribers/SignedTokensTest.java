package dev.broadsheet.subscribers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.broadsheet.comments.FormStamps;
import dev.broadsheet.subscribers.SignedTokens.Purpose;
import dev.broadsheet.subscribers.SignedTokens.Rejection;
import dev.broadsheet.subscribers.SignedTokens.Verification;
import dev.broadsheet.clock.TestClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class SignedTokensTest {

    static final byte[] KEY_A = "A-secret-of-at-least-32-bytes!!!".getBytes(StandardCharsets.US_ASCII);
    static final byte[] KEY_B = "B-secret-of-at-least-32-bytes!!!".getBytes(StandardCharsets.US_ASCII);

    private final TestClock clock = new TestClock(Instant.parse("2026-09-21T12:00:00Z"));
    private final SignedTokens tokens = SignedTokens.builder().addKey("a", KEY_A).clock(clock).build();

    private Rejection rejection(Verification v) {
        assertThat(v.isValid()).isFalse();
        assertThat(v.subscriberId()).isEmpty();
        return v.rejection().orElseThrow();
    }

    @Test
    void aTokenVerifiesForItsPurposeAndNamesItsSubscriber() {
        String token = tokens.issue(Purpose.CONFIRM, "s-1");
        Verification v = tokens.verify(token, Purpose.CONFIRM);
        assertThat(v.isValid()).isTrue();
        assertThat(v.rejection()).isEmpty();
        assertThat(v.subscriberId()).contains("s-1");
        assertThat(v.expiresAt()).contains(clock.instant().plus(SignedTokens.DEFAULT_CONFIRM_LIFETIME));
        assertThat(token).matches("[A-Za-z0-9_-]+").doesNotContain("=").hasSizeLessThan(110);
    }

    @Test
    void aTamperedTokenIsRejected() {
        String token = tokens.issue(Purpose.UNSUBSCRIBE, "s-1");
        for (int i = 0; i < token.length() - 1; i++) {
            char[] c = token.toCharArray();
            c[i] = c[i] == 'Q' ? 'R' : 'Q';
            Rejection r = rejection(tokens.verify(new String(c), Purpose.UNSUBSCRIBE));
            assertThat(r).as("changed at %d", i).isIn(Rejection.TAMPERED, Rejection.MALFORMED, Rejection.UNKNOWN_KEY,
                    Rejection.TRUNCATED);
        }
        char[] c = token.toCharArray();
        c[token.length() - 10] = c[token.length() - 10] == 'Q' ? 'R' : 'Q'; // inside the signature
        assertThat(rejection(tokens.verify(new String(c), Purpose.UNSUBSCRIBE))).isEqualTo(Rejection.TAMPERED);
    }

    @Test
    void aTokenWithAnotherSubscriberIdUnderTheSameSignatureIsTampered() {
        byte[] a = Base64.getUrlDecoder().decode(tokens.issue(Purpose.UNSUBSCRIBE, "s-1"));
        byte[] forged = a.clone();
        int subject = 3 + 1 + 8 + 1; // version, purpose, key id length, key id "a", expiry, subject length
        forged[subject + 2] = '2'; // "s-1" -> "s-2"
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(forged);
        assertThat(rejection(tokens.verify(token, Purpose.UNSUBSCRIBE))).isEqualTo(Rejection.TAMPERED);
    }

    @Test
    void anExpiredTokenIsRejected() {
        String token = tokens.issue(Purpose.CONFIRM, "s-1");
        clock.advance(SignedTokens.DEFAULT_CONFIRM_LIFETIME.minusSeconds(1));
        assertThat(tokens.verify(token, Purpose.CONFIRM).isValid()).isTrue();
        clock.advanceSeconds(1);
        assertThat(rejection(tokens.verify(token, Purpose.CONFIRM))).isEqualTo(Rejection.EXPIRED);
    }

    @Test
    void lifetimesArePerPurpose() {
        SignedTokens shortLived = SignedTokens.builder().addKey("a", KEY_A).clock(clock)
                .lifetime(Purpose.UNSUBSCRIBE, Duration.ofMinutes(5)).build();
        String unsubscribe = shortLived.issue(Purpose.UNSUBSCRIBE, "s-1");
        String confirm = shortLived.issue(Purpose.CONFIRM, "s-1");
        clock.advance(Duration.ofMinutes(6));
        assertThat(rejection(shortLived.verify(unsubscribe, Purpose.UNSUBSCRIBE))).isEqualTo(Rejection.EXPIRED);
        assertThat(shortLived.verify(confirm, Purpose.CONFIRM).isValid()).isTrue();
        assertThatThrownBy(() -> SignedTokens.builder().lifetime(Purpose.CONFIRM, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lifetime");
        assertThatThrownBy(() -> SignedTokens.builder().lifetime(Purpose.CONFIRM, Duration.ofDays(5000)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lifetime");
    }

    @Test
    void aTokenForTheOtherPurposeIsRejected() {
        String confirm = tokens.issue(Purpose.CONFIRM, "s-1");
        assertThat(rejection(tokens.verify(confirm, Purpose.UNSUBSCRIBE))).isEqualTo(Rejection.WRONG_PURPOSE);
        String unsubscribe = tokens.issue(Purpose.UNSUBSCRIBE, "s-1");
        assertThat(rejection(tokens.verify(unsubscribe, Purpose.CONFIRM))).isEqualTo(Rejection.WRONG_PURPOSE);
    }

    @Test
    void aFormStampSignedWithTheSameKeyIsNoToken() {
        FormStamps stamps = FormStamps.builder().addKey("a", KEY_A).clock(clock).build();
        String stamp = stamps.issue("s-1");
        assertThat(rejection(tokens.verify(stamp, Purpose.CONFIRM))).isEqualTo(Rejection.WRONG_PURPOSE);
    }

    @Test
    void aTokenSignedWithAKeyThisInstanceDoesNotHoldIsRejected() {
        SignedTokens other = SignedTokens.builder().addKey("b", KEY_B).clock(clock).build();
        assertThat(rejection(tokens.verify(other.issue(Purpose.CONFIRM, "s-1"), Purpose.CONFIRM)))
                .isEqualTo(Rejection.UNKNOWN_KEY);
        SignedTokens sameIdOtherSecret = SignedTokens.builder().addKey("a", KEY_B).clock(clock).build();
        assertThat(rejection(tokens.verify(sameIdOtherSecret.issue(Purpose.CONFIRM, "s-1"), Purpose.CONFIRM)))
                .isEqualTo(Rejection.TAMPERED);
    }

    @Test
    void aTruncatedTokenIsRejectedAtEveryLength() {
        String token = tokens.issue(Purpose.CONFIRM, "subscriber-0001");
        assertThat(rejection(tokens.verify(token.substring(0, 1), Purpose.CONFIRM))).isEqualTo(Rejection.MALFORMED);
        for (int n = 2; n < token.length(); n++) { // one character holds no whole byte: just garbage
            Rejection r = rejection(tokens.verify(token.substring(0, n), Purpose.CONFIRM));
            assertThat(r).as("cut to %d characters", n).isEqualTo(Rejection.TRUNCATED);
        }
    }

    @Test
    void garbageIsMalformed() {
        for (String garbage : new String[] {null, "", " ", "not a token", "тoken", "abc=", "a+b/c",
                "x".repeat(SignedTokens.MAX_TOKEN_LENGTH + 1), "x".repeat(10 * 1024 * 1024), "AAAAAAAA",
                "\uD800\uDC00", "%41%41", tokens.issue(Purpose.CONFIRM, "s-1") + "\n"}) {
            assertThat(rejection(tokens.verify(garbage, Purpose.CONFIRM))).as(String.valueOf(garbage).length() > 40
                    ? "long input" : String.valueOf(garbage)).isEqualTo(Rejection.MALFORMED);
        }
    }

    @Test
    void keysRotateTheNewestSignsAndEveryKeyVerifies() {
        String old = tokens.issue(Purpose.UNSUBSCRIBE, "s-1");
        SignedTokens rotated = SignedTokens.builder().addKey("a", KEY_A).addKey("b", KEY_B).clock(clock).build();
        assertThat(rotated.verify(old, Purpose.UNSUBSCRIBE).isValid()).isTrue();
        String fresh = rotated.issue(Purpose.UNSUBSCRIBE, "s-1");
        assertThat(rotated.verify(fresh, Purpose.UNSUBSCRIBE).isValid()).isTrue();
        assertThat(rejection(tokens.verify(fresh, Purpose.UNSUBSCRIBE))).isEqualTo(Rejection.UNKNOWN_KEY);
        SignedTokens retired = SignedTokens.builder().addKey("b", KEY_B).clock(clock).build();
        assertThat(rejection(retired.verify(old, Purpose.UNSUBSCRIBE))).isEqualTo(Rejection.UNKNOWN_KEY);
    }

    @Test
    void keysAreAtLeast32BytesAndNeverPrinted() {
        assertThatThrownBy(() -> SignedTokens.builder().addKey("a", new byte[31]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 32 bytes, was 31");
        assertThatThrownBy(() -> SignedTokens.builder().addKey("", KEY_A)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SignedTokens.builder().addKey("a.b", KEY_A))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a.b");
        assertThatThrownBy(() -> SignedTokens.builder().addKey("x".repeat(17), KEY_A))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SignedTokens.builder().build()).isInstanceOf(IllegalStateException.class);
        String shown = tokens.toString();
        assertThat(shown).contains("a").doesNotContain(new String(KEY_A, StandardCharsets.US_ASCII))
                .doesNotContain(HexFormat.of().formatHex(KEY_A)).doesNotContain(Base64.getEncoder().encodeToString(KEY_A))
                .doesNotContain(Arrays.toString(KEY_A));
    }

    @Test
    void theCallersKeyArrayIsCopied() {
        byte[] key = KEY_A.clone();
        SignedTokens t = SignedTokens.builder().addKey("a", key).clock(clock).build();
        String token = t.issue(Purpose.CONFIRM, "s-1");
        Arrays.fill(key, (byte) 0);
        assertThat(t.verify(token, Purpose.CONFIRM).isValid()).isTrue();
    }

    @Test
    void onlyValidSubscriberIdsGetTokens() {
        for (String bad : new String[] {"", "has space", "-leading", "x".repeat(129), "ид"}) {
            assertThatThrownBy(() -> tokens.issue(Purpose.CONFIRM, bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("subscriberId");
        }
    }

    @Test
    void verificationsDoNotPrintTheSubscriber() {
        Verification v = tokens.verify(tokens.issue(Purpose.CONFIRM, "s-12345"), Purpose.CONFIRM);
        assertThat(v.toString()).contains("valid").doesNotContain("s-12345");
        assertThat(tokens.verify("x", Purpose.CONFIRM).toString()).contains("MALFORMED");
    }

    @Property(tries = 500)
    void anyStringIsRejectedWithoutAnException(@ForAll String input) {
        assertThat(tokens.verify(input, Purpose.CONFIRM).isValid()).isFalse();
    }

    @Provide
    Arbitrary<String> base64url() {
        return Arbitraries.strings().withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
                .ofMaxLength(200);
    }

    @Property(tries = 500)
    void anyBase64urlStringIsRejectedWithoutAnException(@ForAll("base64url") String input) {
        assertThat(tokens.verify(input, Purpose.UNSUBSCRIBE).isValid()).isFalse();
    }

    @Property(tries = 500)
    void changingAnyByteOfAGenuineTokenInvalidatesIt(@ForAll @IntRange(min = 0, max = 60) int at,
            @ForAll @IntRange(min = 1, max = 255) int xor) {
        byte[] b = Base64.getUrlDecoder().decode(tokens.issue(Purpose.CONFIRM, "subscriber-1"));
        int i = at % b.length;
        b[i] = (byte) (b[i] ^ xor);
        assertThat(tokens.verify(Base64.getUrlEncoder().withoutPadding().encodeToString(b), Purpose.CONFIRM)
                .isValid()).isFalse();
    }
}
