package dev.broadsheet.model;

import static dev.broadsheet.model.Rules.violations;
import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.html.HtmlPolicy;
import dev.broadsheet.html.SafeHtml;
import dev.broadsheet.html.Sanitizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleTest {

    private static Article.Builder draft() {
        return Article.builder().id("a-1").headline("A headline");
    }

    private static Article.Builder published() {
        return draft().status(ArticleStatus.PUBLISHED).publishedAt(Samples.PUBLISHED)
                .addAuthor(Person.of("Ann Writer"))
                .body(Sanitizer.sanitize("<p>Body text.</p>", HtmlPolicy.article()));
    }

    @Test
    void aCompleteArticleKeepsEveryField() {
        Article a = Samples.article();
        assertThat(a.slug()).isEqualTo("senators-question-security-cooperation-with-baku");
        assertThat(a.authors()).extracting(b -> b.role()).containsExactly(Byline.Role.CORRESPONDENT,
                Byline.Role.PHOTOGRAPHER);
        assertThat(a.tags()).extracting(Tag::slug).containsExactly("karabakh", "azerbaycan");
        assertThat(a.toBuilder().build()).isEqualTo(a).hasSameHashCodeAs(a);
    }

    @Test
    void aDraftNeedsOnlyAnIdAndAHeadline() {
        Article a = draft().build();
        assertThat(a.status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(a.body().isEmpty()).isTrue();
        assertThat(a.commentMode()).isEqualTo(CommentMode.OPEN);
        assertThat(a.paywalled()).isFalse();
    }

    @Test
    void everyMissingRequiredFieldIsReportedAtOnce() {
        assertThat(violations(() -> Article.builder().build()))
                .containsExactly("/id required", "/headline required");
    }

    @Test
    void theHeadlineIsAtMost255Characters() {
        assertThat(draft().headline("h".repeat(255)).build().headline()).hasSize(255);
        assertThat(violations(() -> draft().headline("h".repeat(256)).build())).containsExactly("/headline too_long");
    }

    @Test
    void lengthsAreCountedInCharactersNotUtf16Units() {
        String emoji = "\uD83D\uDCF0"; // NEWSPAPER, two UTF-16 units
        assertThat(draft().headline(emoji.repeat(255)).build().headline()).hasSize(510);
    }

    @Test
    void theDekIsAtMost300Characters() {
        assertThat(draft().dek("d".repeat(300)).build().dek()).hasValue("d".repeat(300));
        assertThat(violations(() -> draft().dek("d".repeat(301)).build())).containsExactly("/dek too_long");
    }

    @Test
    void theDescriptionIsAtMost500Characters() {
        assertThat(draft().description("d".repeat(500)).build().description()).isPresent();
        assertThat(violations(() -> draft().description("d".repeat(501)).build()))
                .containsExactly("/description too_long");
    }

    @Test
    void headlinesAreCleanedToOneNormalisedLine() {
        Article a = draft().headline("  Senators\n question\u0007  Baku  ").dek("e\u0301tude").build();
        assertThat(a.headline()).isEqualTo("Senators question Baku");
        assertThat(a.dek()).hasValue("\u00e9tude");
    }

    @Test
    void headlinesRejectBidiControls() {
        assertThat(violations(() -> draft().headline("Safe \u202Egnp.exe").build()))
                .containsExactly("/headline text.bidi_control");
    }

    @Test
    void aLoneSurrogateIsAViolationNotACrash() {
        assertThat(violations(() -> draft().headline("broken \uD800 text").build()))
                .containsExactly("/headline text.surrogate");
    }

    @Test
    void theSlugIsDerivedFromTheHeadlineWhenAbsent() {
        assertThat(draft().headline("Eight senators write to Blinken").build().slug())
                .isEqualTo("eight-senators-write-to-blinken");
    }

    @Test
    void aGivenSlugMustMatchTheSlugRule() {
        assertThat(draft().slug("ok-slug-2").build().slug()).isEqualTo("ok-slug-2");
        for (String bad : List.of("Upper", "double--hyphen", "-lead", "trail-", "sp ace", "ünï", "a".repeat(201))) {
            assertThat(violations(() -> draft().slug(bad).build())).as(bad).containsExactly("/slug slug.format");
        }
    }

    @Test
    void theIdFollowsTheIdentifierRule() {
        assertThat(draft().id("2026:09/x".replace("/", "-")).build().id()).isEqualTo("2026:09-x");
        for (String bad : List.of("-x", "a b", "a/b", "x".repeat(129), "<script>")) {
            assertThat(violations(() -> draft().id(bad).build())).as(bad).contains("/id id.format");
        }
    }

    @Test
    void theLanguageIsAWellFormedBcp47Tag() {
        assertThat(draft().language("az-Latn-AZ").build().language()).hasValue("az-Latn-AZ");
        assertThat(violations(() -> draft().language("english!").build())).containsExactly("/language language.invalid");
    }

    @Test
    void theCanonicalUrlIsAbsoluteHttp() {
        assertThat(draft().canonicalUrl("https://news.example.com/a").build().canonicalUrl()).isPresent();
        assertThat(violations(() -> draft().canonicalUrl("/relative/path").build()))
                .containsExactly("/canonicalUrl url.relative");
        assertThat(violations(() -> draft().canonicalUrl("javascript:alert(1)").build()))
                .containsExactly("/canonicalUrl url.scheme");
    }

    @Test
    void aPublishedArticleNeedsADateAnAuthorAndABody() {
        assertThat(published().build().status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(violations(() -> draft().status(ArticleStatus.PUBLISHED).build()))
                .containsExactly("/publishedAt date.required", "/authors required", "/body required");
        assertThat(violations(() -> draft().status(ArticleStatus.WITHDRAWN).build()))
                .contains("/publishedAt date.required");
    }

    @Test
    void aScheduledArticleNeedsAPublicationTime() {
        assertThat(draft().status(ArticleStatus.SCHEDULED).publishedAt(Instant.parse("2030-01-01T00:00:00Z")).build()
                .status()).isEqualTo(ArticleStatus.SCHEDULED);
        assertThat(violations(() -> draft().status(ArticleStatus.SCHEDULED).build()))
                .containsExactly("/publishedAt date.required");
    }

    @Test
    void modifiedAtIsNotBeforePublishedAt() {
        assertThat(violations(() -> published().modifiedAt(Samples.PUBLISHED.minusSeconds(1)).build()))
                .containsExactly("/modifiedAt date.order");
        assertThat(published().modifiedAt(Samples.PUBLISHED).build().modifiedAt()).hasValue(Samples.PUBLISHED);
    }

    @Test
    void correctionsAreNotBeforePublication() {
        assertThat(violations(() -> published()
                .addCorrection(Correction.of(Samples.PUBLISHED.minusSeconds(60), "Fixed a name.")).build()))
                .containsExactly("/corrections/0/at date.order");
    }

    @Test
    void translationsNameALanguageAndAnAbsoluteUrl() {
        Translation ru = Translation.of(" RU ", "https://news.example.com/ru/senatory");
        assertThat(ru.language()).isEqualTo("ru");
        Article a = draft().language("en").addTranslation(ru)
                .addTranslation(Translation.of("az-latn", "https://news.example.com/az/senatorlar")).build();
        assertThat(a.translations()).extracting(Translation::language).containsExactly("ru", "az-Latn");
        assertThat(a.toBuilder().build()).isEqualTo(a);
        assertThat(violations(() -> Translation.of("en_US", "javascript:alert(1)")))
                .containsExactly("/language language.invalid", "/url url.scheme");
        assertThat(violations(() -> Translation.of(null, "/relative/path")))
                .containsExactly("/language required", "/url url.relative");
    }

    @Test
    void translationsHaveDistinctLanguagesOtherThanTheArticles() {
        assertThat(violations(() -> draft().language("en")
                .addTranslation(Translation.of("EN", "https://news.example.com/en/copy"))
                .addTranslation(Translation.of("ru", "https://news.example.com/ru/1"))
                .addTranslation(Translation.of("ru", "https://news.example.com/ru/2"))
                .addTranslation(null).build()))
                .containsExactly("/translations/3 required", "/translations/0/language duplicate",
                        "/translations/2/language duplicate");
        List<Translation> many = new ArrayList<>();
        for (int i = 0; i <= Article.MAX_TRANSLATIONS; i++) {
            String language = "" + (char) ('a' + i / 26) + (char) ('a' + i % 26);
            many.add(Translation.of(language, "https://news.example.com/" + language));
        }
        assertThat(violations(() -> draft().translations(many).build())).containsExactly("/translations too_many");
    }

    @Test
    void tagsAreDistinctBySlug() {
        assertThat(violations(() -> draft().addTag(Tag.of("Baku")).addTag(Tag.builder().name("BAKU!").build())
                .build())).containsExactly("/tags/1/slug duplicate");
    }

    @Test
    void nullElementsInListsAreReportedByIndex() {
        List<Tag> tags = new ArrayList<>();
        tags.add(Tag.of("One"));
        tags.add(null);
        assertThat(violations(() -> draft().tags(tags).addAuthor(null).build()))
                .containsExactly("/authors/0 required", "/tags/1 required");
    }

    @Test
    void listsHaveLimits() {
        List<Tag> tags = new ArrayList<>();
        for (int i = 0; i <= Article.MAX_TAGS; i++) {
            tags.add(Tag.of("tag " + i));
        }
        assertThat(violations(() -> draft().tags(tags).build())).containsExactly("/tags too_many");
    }

    @Test
    void nullEnumsAndBodyAreReportedNotDefaulted() {
        assertThat(violations(() -> draft().status(null).commentMode(null).body(null).build()))
                .containsExactly("/status required", "/body required", "/commentMode required");
    }

    @Test
    void validateReturnsTheViolationsWithoutThrowing() {
        assertThat(Article.builder().validate()).extracting(v -> v.path()).containsExactly("/id", "/headline");
        assertThat(draft().validate()).isEmpty();
    }

    @Test
    void collectionsAreUnmodifiableCopies() {
        List<Tag> tags = new ArrayList<>(List.of(Tag.of("One")));
        Article a = draft().tags(tags).build();
        tags.add(Tag.of("Two"));
        assertThat(a.tags()).hasSize(1);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> a.tags().add(Tag.of("Three")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void anEmptyBodyIsAllowedForDrafts() {
        assertThat(draft().body(SafeHtml.empty()).build().body().html()).isEmpty();
    }
}
