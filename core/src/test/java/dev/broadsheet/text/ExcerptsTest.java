package dev.broadsheet.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ExcerptsTest {

    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    @Test
    void shortTextIsReturnedWithWhiteSpaceCollapsed() {
        assertThat(Excerpts.of("  Eight   senators\n\nwrote\u00A0to\tus  ")).isEqualTo("Eight senators wrote to us");
        assertThat(Excerpts.of("")).isEmpty();
        assertThat(Excerpts.of("x".repeat(160))).isEqualTo("x".repeat(160));
    }

    @Test
    void longTextIsCutAtAWordBoundaryWithinTheLimit() {
        String text = "The quick brown fox jumps over the lazy dog. ".repeat(10);
        String excerpt = Excerpts.of(text);
        assertThat(length(excerpt)).isLessThanOrEqualTo(Excerpts.DEFAULT_MAX_CHARS);
        assertThat(excerpt).endsWith("…").startsWith("The quick brown fox");
        String body = excerpt.substring(0, excerpt.length() - 1);
        assertThat(text).startsWith(body + " ");
        assertThat(Excerpts.of("alpha beta gamma", 12)).isEqualTo("alpha beta…");
        assertThat(Excerpts.of("alpha, beta gamma", 9)).isEqualTo("alpha…");
        assertThat(Excerpts.of("supercalifragilistic word", 10)).isEqualTo("supercali…");
    }

    @Test
    void neverCutsASurrogatePair() {
        String text = "a" + "😀".repeat(20);
        for (int max = 1; max < 20; max++) {
            String excerpt = Excerpts.of(text, max);
            assertThat(length(excerpt)).isLessThanOrEqualTo(max);
            assertThat(excerpt.chars().filter(c -> Character.isHighSurrogate((char) c)).count())
                    .isEqualTo(excerpt.chars().filter(c -> Character.isLowSurrogate((char) c)).count());
        }
    }

    @Test
    void neverCutsAGraphemeCluster() {
        String combining = "e\u0301\u0302"; // e with two combining accents: one cluster of 3 code points
        assertThat(Excerpts.of("ab" + combining + combining + "x", 5)).isEqualTo("ab…");
        assertThat(Excerpts.of("ab" + combining + combining + "x", 6)).isEqualTo("ab" + combining + "…");
        String family = "👨‍👩‍👧‍👦"; // ZWJ sequence of 7 code points
        assertThat(Excerpts.of(family + family + family, 10)).isEqualTo(family + "…");
        assertThat(Excerpts.of(family + family + family, 7)).isEqualTo("…");
        String flags = "🇩🇪🇫🇷🇯🇵";
        assertThat(Excerpts.of(flags, 4)).isEqualTo("🇩🇪…");
        assertThat(Excerpts.of(flags, 5)).isEqualTo("🇩🇪🇫🇷…");
        String thumbs = "👍🏽👍🏽👍🏽";
        assertThat(Excerpts.of(thumbs, 4)).isEqualTo("👍🏽…");
    }

    @Test
    void textWithoutSpacesIsCutAtAGraphemeBoundary() {
        String japanese = "今日は良い天気ですね。明日も晴れるでしょう。";
        assertThat(Excerpts.of(japanese, 8)).isEqualTo("今日は良い天気…");
        String chinese = "中华人民共和国成立于一九四九年";
        assertThat(Excerpts.of(chinese, 5)).isEqualTo("中华人民…");
        assertThat(Excerpts.of("東京 Olympics 大会の開会式が行われました", 14)).isEqualTo("東京 Olympics 大…");
    }

    @Test
    void onlyTheBeginningOfHugeTextIsExamined() {
        String huge = "word ".repeat(2_000_000);
        assertThat(Excerpts.of(huge)).hasSizeLessThanOrEqualTo(160).endsWith("word…");
        assertThat(Excerpts.of(" ".repeat(1_000_000) + "x")).isEqualTo("x");
    }

    @Test
    void argumentsAreChecked() {
        assertThat(Excerpts.of("hello", 1)).isEqualTo("…");
        assertThatThrownBy(() -> Excerpts.of("x", 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxChars: must be at least 1, was 0");
        assertThatThrownBy(() -> Excerpts.of(null)).isInstanceOf(NullPointerException.class).hasMessage("plainText");
    }
}
