package dev.broadsheet.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SlugsTest {

    @ParameterizedTest(name = "{0} → {1} ({2})")
    @CsvFileSource(resources = "/dev/broadsheet/text/slugs.csv", numLinesToSkip = 1, delimiter = '|')
    void transliteratesEveryScriptInTheTable(String text, String slug, String why) {
        assertThat(Slugs.of(text)).as(why).isEqualTo(slug);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Київ Їжак йогурт | kyiv-yizhak-yohurt
            Ёлка йогурт      | yolka-yogurt
            Ταΰγετος Ϊόνιο   | taygetos-ionio
            Ўзбекістан       | uzbekistan
            """)
    void decomposedInputGivesTheSameSlugAsComposedInput(String composed, String slug) {
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(composed);

        assertThat(Slugs.of(composed)).isEqualTo(slug);
        assertThat(Slugs.of(decomposed)).isEqualTo(slug);
    }

    @Test
    void lowerCasingIgnoresATurkishDefaultLocale() {
        Locale saved = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));
        try {
            assertThat(Slugs.of("ISTANBUL İZMİR Iğdır")).isEqualTo("istanbul-izmir-igdir");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void cutsLongSlugsAtTheLastWordThatFits() {
        // 37 words of four letters and their hyphens take 184 characters; the 38th would need 189
        String slug = Slugs.of("word ".repeat(100));

        assertThat(slug).hasSize(184).isEqualTo(String.join("-", java.util.Collections.nCopies(37, "word")));
    }

    @Test
    void keepsASlugOfExactlyTheGeneratedLimitAndCutsAtTheHyphenAfterIt() {
        String text = "a".repeat(90) + " " + "b".repeat(94);

        assertThat(Slugs.of(text)).hasSize(Slugs.MAX_GENERATED_LENGTH);
        assertThat(Slugs.of(text + " c")).isEqualTo("a".repeat(90) + "-" + "b".repeat(94));
    }

    @Test
    void cutsASingleOverlongWordAtTheLimit() {
        assertThat(Slugs.of("x".repeat(500))).isEqualTo("x".repeat(Slugs.MAX_GENERATED_LENGTH));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "!!! ??? ---", "中国经济", "مرحبا", "שלום", "😀😀"})
    void givesTheEmptyStringWhenNothingCanBeWrittenInAscii(String text) {
        assertThat(Slugs.of(text)).isEmpty();
    }

    @Test
    void usesTheFallbackWhenTheTextGivesNoSlug() {
        assertThat(Slugs.of("中国经济", "a7f3k2")).isEqualTo("a7f3k2");
        assertThat(Slugs.of("שלום עולם", "Article 42")).isEqualTo("article-42");
    }

    @Test
    void ignoresTheFallbackWhenTheTextGivesASlug() {
        assertThat(Slugs.of("Azərbaycan", "a7f3k2")).isEqualTo("azerbaycan");
    }

    @Test
    void rejectsAFallbackThatGivesNoSlugEither() {
        assertThatThrownBy(() -> Slugs.of("中国", "日本"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fallback");
    }

    @Test
    void survivesUnpairedSurrogates() {
        assertThat(Slugs.of("\uD800Bakı\uDC00xəbər\uD800")).isEqualTo("baki-xeber");
        assertThat(Slugs.of("\uDC00\uD800")).isEmpty();
    }

    @Test
    void alwaysProducesAValidSlugOrNothingFromRandomText() {
        Random random = new Random(20261127);
        for (int round = 0; round < 2_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(300);
            for (int i = 0; i < length; i++) {
                text.append((char) random.nextInt(0x10000));
            }
            String slug = Slugs.of(text.toString());
            assertThat(slug.isEmpty() || (Slugs.isValid(slug) && slug.length() <= Slugs.MAX_GENERATED_LENGTH))
                    .as("slug %s", slug)
                    .isTrue();
        }
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void handlesTenMegabytesOfEveryKindOfTextQuickly() {
        int size = 10 * 1024 * 1024;
        assertThat(Slugs.of("中".repeat(size))).isEmpty();
        assertThat(Slugs.of("!?".repeat(size / 2))).isEmpty();
        assertThat(Slugs.of("\u0301".repeat(size))).isEmpty();
        assertThat(Slugs.of("é".repeat(size))).hasSize(Slugs.MAX_GENERATED_LENGTH);
        assertThat(Slugs.of("Ђоковић ".repeat(size / 8))).startsWith("djokovic-djokovic");
        assertThat(Slugs.of("\uD800".repeat(size))).isEmpty();
    }

    @Test
    void uniqueReturnsTheBaseWhenItIsFree() {
        assertThat(Slugs.unique("azerbaycan", candidate -> false)).isEqualTo("azerbaycan");
    }

    @Test
    void uniqueCountsUpFromTwo() {
        Set<String> taken = Set.of("azerbaycan", "azerbaycan-2", "azerbaycan-3");

        assertThat(Slugs.unique("azerbaycan", taken::contains)).isEqualTo("azerbaycan-4");
    }

    @Test
    void uniqueShortensTheBaseToKeepTheSuffixWithinTheLimit() {
        String base = "word-".repeat(36) + "abcd"; // 184 characters
        List<String> asked = new ArrayList<>();

        String slug = Slugs.unique(base, candidate -> asked.add(candidate) && asked.size() < 12);

        assertThat(slug).isEqualTo("word-".repeat(35) + "word-12");
        assertThat(asked).allSatisfy(candidate -> {
            assertThat(Slugs.isValid(candidate)).isTrue();
            assertThat(candidate.length()).isLessThanOrEqualTo(Slugs.MAX_GENERATED_LENGTH);
        });
    }

    @Test
    void uniqueCutsASingleLongWordForTheSuffix() {
        String base = "x".repeat(185);

        assertThat(Slugs.unique(base, base::equals)).isEqualTo("x".repeat(183) + "-2");
    }

    @Test
    void uniqueAcceptsAFreeHandMadeSlugUpToTheModelLimit() {
        String base = "y".repeat(Slugs.MAX_LENGTH);

        assertThat(Slugs.unique(base, candidate -> false)).isEqualTo(base);
    }

    @Test
    void uniqueGivesUpAfterTenThousandCandidates() {
        AtomicInteger calls = new AtomicInteger();

        assertThatThrownBy(() -> Slugs.unique("news", candidate -> calls.incrementAndGet() > 0))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("10000");
        assertThat(calls).hasValue(Slugs.MAX_UNIQUE_ATTEMPTS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "News", "-news", "news-", "news--today", "news_today", "xəbər", "news today"})
    void uniqueRejectsABaseThatIsNotASlug(String base) {
        assertThatThrownBy(() -> Slugs.unique(base, candidate -> false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("base");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "0", "news", "azerbaycan-2026", "a-b-c", "9-11"})
    void acceptsValidSlugs(String slug) {
        assertThat(Slugs.isValid(slug)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", "-a", "a-", "a--b", "A", "a_b", "a b", "a.b", "é", "a\u0000", "a\n"})
    void rejectsInvalidSlugs(String slug) {
        assertThat(Slugs.isValid(slug)).isFalse();
    }

    @Test
    void acceptsSlugsUpToTwoHundredCharacters() {
        assertThat(Slugs.isValid("a".repeat(200))).isTrue();
        assertThat(Slugs.isValid("a".repeat(201))).isFalse();
        assertThat(Slugs.isValid("a".repeat(10 * 1024 * 1024))).isFalse();
    }

    @Test
    void theDefaultStrategyIsSlugsOfWithFallback() {
        assertThat(SlugStrategy.DEFAULT.slugFor("Azərbaycan xəbərləri", "a1")).isEqualTo("azerbaycan-xeberleri");
        assertThat(SlugStrategy.DEFAULT.slugFor("中国经济", "a1")).isEqualTo("a1");
    }

    @Test
    void hostsCanSupplyTheirOwnStrategy() {
        SlugStrategy byId = (text, fallback) -> "id-" + fallback;

        assertThat(byId.slugFor("Azərbaycan", "42")).isEqualTo("id-42");
    }
}
