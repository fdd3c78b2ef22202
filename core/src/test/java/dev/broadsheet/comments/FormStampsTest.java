package dev.broadsheet.comments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.broadsheet.comments.FormStamps.Problem;
import dev.broadsheet.clock.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class FormStampsTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final TestClock clock = new TestClock(Instant.parse("2026-09-21T12:00:00Z"));
    private final FormStamps stamps = FormStamps.builder().addKey("k1", KEY).clock(clock).build();

    @Test
    void aStampIsValidForItsArticleAndTellsTheFormsAge() {
        String stamp = stamps.issue("a-1");
        clock.advanceSeconds(42);
        FormStamps.Check check = stamps.check(stamp, "a-1");
        assertThat(check.isValid()).isTrue();
        assertThat(check.problem()).isEmpty();
        assertThat(check.age()).isEqualTo(Duration.ofSeconds(42));
        assertThat(stamp).matches("[A-Za-z0-9_-]+").hasSizeLessThan(120);
    }

    @Test
    void eachProblemIsNamed() {
        String stamp = stamps.issue("a-1");
        assertThat(stamps.check(null, "a-1").problem()).contains(Problem.MISSING);
        assertThat(stamps.check("  ", "a-1").problem()).contains(Problem.MISSING);
        assertThat(stamps.check(stamp, "a-2").problem()).contains(Problem.WRONG_ARTICLE);
        assertThat(stamps.check(stamp.substring(0, 30), "a-1").problem()).contains(Problem.TRUNCATED);
        assertThat(stamps.check(stamp + "AAAA", "a-1").problem()).contains(Problem.MALFORMED);
        assertThat(stamps.check("<script>", "a-1").problem()).contains(Problem.MALFORMED);
        char[] chars = stamp.toCharArray();
        chars[25] = chars[25] == 'x' ? 'y' : 'x';
        assertThat(stamps.check(new String(chars), "a-1").problem()).contains(Problem.TAMPERED);
        FormStamps otherSecret = FormStamps.builder().addKey("k1", new byte[32]).clock(clock).build();
        assertThat(otherSecret.check(stamp, "a-1").problem()).contains(Problem.TAMPERED);
        FormStamps otherId = FormStamps.builder().addKey("k2", KEY).clock(clock).build();
        assertThat(otherId.check(stamp, "a-1").problem()).contains(Problem.UNKNOWN_KEY);
    }

    @Test
    void aStampExpiresAfterTheMaximumAgeAndMayNotComeFromTheFuture() {
        FormStamps hourly = FormStamps.builder().addKey("k1", KEY).clock(clock).maxAge(Duration.ofHours(1)).build();
        String stamp = hourly.issue("a-1");
        clock.advance(Duration.ofHours(1));
        assertThat(hourly.check(stamp, "a-1").isValid()).isTrue();
        clock.advanceSeconds(1);
        FormStamps.Check expired = hourly.check(stamp, "a-1");
        assertThat(expired.problem()).contains(Problem.EXPIRED);
        assertThat(expired.age()).isEqualTo(Duration.ofSeconds(3601));

        clock.set(Instant.parse("2026-09-21T12:00:00Z"));
        String fromAFastServer = stamps.issue("a-1");
        clock.advanceSeconds(-30);
        FormStamps.Check skewed = stamps.check(fromAFastServer, "a-1");
        assertThat(skewed.isValid()).isTrue();
        assertThat(skewed.age()).isZero();
        clock.advanceSeconds(-60);
        assertThat(stamps.check(fromAFastServer, "a-1").problem()).contains(Problem.FROM_THE_FUTURE);
    }

    @Test
    void keysRotateTheNewestSignsAndEveryKeyVerifies() {
        String old = stamps.issue("a-1");
        FormStamps rotated = FormStamps.builder().addKey("k1", KEY).addKey("k2", new byte[48]).clock(clock).build();
        assertThat(rotated.check(old, "a-1").isValid()).isTrue();
        String fresh = rotated.issue("a-1");
        assertThat(rotated.check(fresh, "a-1").isValid()).isTrue();
        assertThat(stamps.check(fresh, "a-1").problem()).contains(Problem.UNKNOWN_KEY);
    }

    @Test
    void keysAreCheckedAndNeverPrinted() {
        assertThatThrownBy(() -> FormStamps.builder().addKey("k1", new byte[31]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("32").hasMessageContaining("31");
        assertThatThrownBy(() -> FormStamps.builder().addKey("bad id", KEY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bad id");
        assertThatThrownBy(() -> FormStamps.builder().addKey("k", KEY).addKey("k", KEY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
        assertThatThrownBy(() -> FormStamps.builder().build()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("key");
        assertThatThrownBy(() -> FormStamps.builder().maxAge(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxAge");
        assertThat(stamps.toString()).contains("k1").doesNotContain("0123456789abcdef")
                .doesNotContain(Arrays.toString(KEY));
    }

    @Test
    void theCallersKeyArrayIsCopied() {
        byte[] key = KEY.clone();
        FormStamps s = FormStamps.builder().addKey("k1", key).clock(clock).build();
        String stamp = s.issue("a-1");
        Arrays.fill(key, (byte) 0);
        assertThat(s.check(stamp, "a-1").isValid()).isTrue();
    }

    @Property(tries = 300)
    void anyInputGivesAResultNeverAnException(@ForAll String input) {
        assertThat(stamps.check(input, "a-1").isValid()).isFalse();
    }
}
