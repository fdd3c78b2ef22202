package dev.broadsheet.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WordsTest {

    @ParameterizedTest(name = "\"{0}\" has {1} words")
    @CsvSource(delimiter = '|', textBlock = """
            The quick brown fox                   | 4
            Eight senators, from the USA.         | 5
            don't stop                            | 2
            Ukraineʼs well-known state‑of‑the‑art | 3
            3.14 and 10,000 votes                 | 4
            U.S. news                             | 3
            one,two                               | 2
            war—peace                             | 2
            I ❤ NY                                | 2
            Azərbaycan Respublikası               | 2
            Привет, мир!                          | 2
            Καλημέρα κόσμε                        | 2
            Բարև աշխարհ                           | 2
            გამარჯობა მსოფლიო                     | 2
            مرحبا بالعالم                         | 2
            שלום עולם                             | 2
            안녕하세요 세계                         | 2
            中国经济                               | 4
            コーヒーを飲みます                        | 9
            東京で2024年                            | 5
            我爱 New York                          | 4
            """)
    void countsWordsInEveryScript(String text, long words) {
        assertThat(Words.count(text)).isEqualTo(words);
    }

    @Test
    void separatesWordsAtNoBreakSpacesAndLineBreaks() {
        assertThat(Words.count("the\u00A0USA\nEight\u2009senators")).isEqualTo(4);
    }

    @Test
    void keepsCombiningMarksInsideTheirWord() {
        assertThat(Words.count("e\u0301te\u0301 à la carte")).isEqualTo(4);
        assertThat(Words.count("\u0301 alone")).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "— … !!! ???", "😀 😀", "\n\t"})
    void countsNoWordsInTextWithoutLettersOrDigits(String text) {
        assertThat(Words.count(text)).isZero();
        assertThat(Words.readingTime(text)).isEqualTo(Duration.ZERO);
    }

    @Test
    void survivesUnpairedSurrogates() {
        assertThat(Words.count("\uD800abc\uDC00 def\uD800")).isEqualTo(2);
    }

    @Test
    void readsTwoHundredThirtyWordsPerMinuteRoundingUp() {
        assertThat(Words.readingTime("word")).isEqualTo(Duration.ofMinutes(1));
        assertThat(Words.readingTime("word ".repeat(230))).isEqualTo(Duration.ofMinutes(1));
        assertThat(Words.readingTime("word ".repeat(231))).isEqualTo(Duration.ofMinutes(2));
        assertThat(Words.readingTime("word ".repeat(2300))).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void readsFiveHundredChineseCharactersPerMinute() {
        assertThat(Words.readingTime("中".repeat(500))).isEqualTo(Duration.ofMinutes(1));
        assertThat(Words.readingTime("中".repeat(501))).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void addsUpMixedTextByTheShareOfEachRate() {
        // 115 words are half a minute and 250 characters are half a minute
        String text = "word ".repeat(115) + "中".repeat(250);

        assertThat(Words.readingTime(text)).isEqualTo(Duration.ofMinutes(1));
        assertThat(Words.readingTime(text + "中")).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void readsAtACustomSpeed() {
        assertThat(Words.readingTime("word ".repeat(100), 100)).isEqualTo(Duration.ofMinutes(1));
        assertThat(Words.readingTime("word ".repeat(101), 100)).isEqualTo(Duration.ofMinutes(2));
        assertThat(Words.readingTime("word ".repeat(101), 1)).isEqualTo(Duration.ofMinutes(101));
    }

    @Test
    void scalesChineseWithACustomSpeed() {
        // at 460 words per minute, twice the default, 1,000 characters take one minute
        assertThat(Words.readingTime("中".repeat(1000), 460)).isEqualTo(Duration.ofMinutes(1));
        assertThat(Words.readingTime("中".repeat(1001), 460)).isEqualTo(Duration.ofMinutes(2));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void rejectsASpeedBelowOne(int wordsPerMinute) {
        assertThatThrownBy(() -> Words.readingTime("word", wordsPerMinute))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("wordsPerMinute");
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void countsTenMegabytesQuickly() {
        int size = 10 * 1024 * 1024;
        assertThat(Words.count("word ".repeat(size / 5))).isEqualTo(size / 5);
        assertThat(Words.count("中".repeat(size))).isEqualTo(size);
        assertThat(Words.count("a'".repeat(size / 2))).isEqualTo(1);
        assertThat(Words.readingTime("word ".repeat(size / 5))).isEqualTo(Duration.ofMinutes(9119));
    }
}
