package dev.broadsheet.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.broadsheet.html.HtmlPolicy;
import dev.broadsheet.html.Sanitizer;
import dev.broadsheet.model.Article;
import dev.broadsheet.model.Correction;
import dev.broadsheet.model.Image;
import dev.broadsheet.model.Samples;
import dev.broadsheet.model.Section;
import dev.broadsheet.model.Tag;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EditorialChecksTest {

    private static final EditorialChecks CHECKS = EditorialChecks.defaults();

    private static Article.Builder clean() {
        return Samples.article().toBuilder();
    }

    private static Article.Builder body(String html) {
        return clean().body(Sanitizer.sanitize(html, HtmlPolicy.article()));
    }

    private static List<String> codes(Article.Builder article) {
        return codes(CHECKS, article);
    }

    private static List<String> codes(EditorialChecks checks, Article.Builder article) {
        return checks.check(article).stream().map(Finding::code).toList();
    }

    private static String words(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : " ").append("word");
        }
        return sb.toString();
    }

    @Test
    void aCompleteArticleHasNoFindings() {
        assertThat(CHECKS.check(clean())).isEmpty();
    }

    @Test
    void validationErrorsAreFindingsOfSeverityErrorUnchanged() {
        Article.Builder invalid = clean().headline("");
        List<Finding> findings = CHECKS.check(invalid);
        assertThat(findings).isNotEmpty().allMatch(f -> f.severity() == Severity.ERROR);
        assertThat(findings.stream().map(Finding::violation).toList()).isEqualTo(invalid.validate());
    }

    @Test
    void warningsAndNoticesNeverBlockBuild() {
        Article.Builder weak = clean().headline("x".repeat(200)).description(null).section(null).tags(null);
        assertThat(CHECKS.check(weak)).extracting(Finding::severity).doesNotContain(Severity.ERROR).isNotEmpty();
        assertThat(weak.build().headline()).hasSize(200);
    }

    @Test
    void headlinesOver110CharactersAreReported() {
        assertThat(codes(clean().headline("h".repeat(110)))).doesNotContain("headline.too_long");
        assertThat(codes(clean().headline("h".repeat(111)))).containsExactly("headline.too_long");
        // characters, not UTF-16 units: 110 emoji are 110 characters
        assertThat(codes(clean().headline("😀".repeat(110)))).doesNotContain("headline.too_long");
    }

    @Test
    void descriptionsMustExistAndBeBetween50And160CharactersAndDifferFromTheHeadline() {
        assertThat(codes(clean().description(null))).containsExactly("description.missing");
        assertThat(codes(clean().description("d".repeat(49)))).containsExactly("description.too_short");
        assertThat(codes(clean().description("d".repeat(50)))).isEmpty();
        assertThat(codes(clean().description("d".repeat(160)))).isEmpty();
        assertThat(codes(clean().description("d".repeat(161)))).containsExactly("description.too_long");
        String headline = "Senators question security cooperation with Baku over the border";
        assertThat(codes(clean().headline(headline).description("senators question security cooperation  with"
                + " Baku over the border."))).containsExactly("description.same_as_headline");
    }

    @Test
    void featuredImagesNeed1200PixelsAndThreeRatiosAndAnAltThatIsNotAFileName() {
        Image.Builder image = Samples.photo().toBuilder();
        assertThat(codes(clean().featuredImage(image.size(1184, 666).build())))
                .contains("image.too_narrow").doesNotContain("image.ratio_missing");
        assertThat(codes(clean().featuredImage(image.size(1200, 675).build()))).isEmpty();
        assertThat(codes(clean().featuredImage(image.size(null, null).build())))
                .containsExactly("image.too_narrow", "image.ratio_missing");
        assertThat(CHECKS.check(clean().featuredImage(Samples.photo().toBuilder().renditions(null).build())))
                .extracting(Finding::message)
                .containsExactly("The featured image has no 4:3 rendition.", "The featured image has no 1:1 rendition.");
        assertThat(codes(clean().featuredImage(null))).containsExactly("image.missing");
        assertThat(codes(clean().featuredImage(image.size(1600, 900).alt("border-1600x900.jpg").build())))
                .containsExactly("image.alt_file_name");
        assertThat(codes(clean().featuredImage(image.alt("border-1600x900").build())))
                .containsExactly("image.alt_file_name");
        assertThat(codes(clean().featuredImage(image.alt("IMG_4032").build()))).containsExactly("image.alt_file_name");
        assertThat(codes(clean().featuredImage(image.alt(null).decorative(true).build()))).isEmpty();
    }

    @Test
    void bodyImagesNeedAltUnlessDecorativeAndNotTheFileName() {
        assertThat(codes(body("<p>Text.</p><img src=\"https://img.example.com/a.jpg\">")))
                .containsExactly("image.alt_missing");
        // the sanitizer writes alt="" on images without alt, so an empty alt in a body is reported too
        assertThat(codes(body("<p>Text.</p><img src=\"https://img.example.com/a.jpg\" alt=\" \">")))
                .containsExactly("image.alt_missing");
        assertThat(codes(body("<p>Text.</p><img src=\"https://img.example.com/a.jpg\" alt=\"A.JPG\">")))
                .containsExactly("image.alt_file_name");
        assertThat(codes(body("<p>Text.</p><img src=\"https://img.example.com/a.jpg\" alt=\"A flooded street\">")))
                .isEmpty();
    }

    @Test
    void aBodyNeedsAParagraph() {
        assertThat(codes(body("<h2>Only a heading</h2><ul><li>and a list</li></ul>")))
                .containsExactly("body.no_paragraph");
        assertThat(codes(body("<p>One paragraph.</p>"))).isEmpty();
    }

    @Test
    void linksNeedTextAndNotJustClickHereInTheArticlesLanguage() {
        assertThat(codes(body("<p>See <a href=\"https://x.example/\"></a>.</p>"))).containsExactly("link.empty");
        assertThat(codes(body("<p>See <a href=\"https://x.example/\"><img src=\"https://img.example.com/l.png\""
                + " alt=\"The ministry's logo\"></a>.</p>"))).isEmpty();
        assertThat(codes(body("<p>Read it <a href=\"https://x.example/\">Click  Here!</a></p>")))
                .containsExactly("link.vague");
        assertThat(codes(body("<p>Read <a href=\"https://x.example/\">the letter</a>.</p>"))).isEmpty();
        assertThat(codes(body("<p>Bax <a href=\"https://x.example/\">buraya klikləyin</a></p>").language("az")))
                .containsExactly("link.vague");
        assertThat(codes(body("<p>Смотрите <a href=\"https://x.example/\">здесь</a>.</p>").language("ru-RU")))
                .containsExactly("link.vague");
        assertThat(codes(body("<p>اقرأ <a href=\"https://x.example/\">اضغط هنا</a></p>").language("ar")))
                .containsExactly("link.vague");
        // per language: the Russian word is no vague link text in English
        assertThat(codes(body("<p>A <a href=\"https://x.example/\">здесь</a> cafe.</p>").language("en")))
                .isEmpty();
        // a language without a list is checked against all of them
        assertThat(codes(body("<p><a href=\"https://x.example/\">hier</a> <a href=\"https://x.example/\">здесь</a>"
                + "</p>").language("de"))).containsExactly("link.vague");
    }

    @Test
    void headingsMustNotSkipLevels() {
        assertThat(codes(body("<h2>A</h2><p>x</p><h3>B</h3><p>y</p><h2>C</h2>"))).isEmpty();
        assertThat(CHECKS.check(body("<h2>A</h2><p>x</p><h4>B</h4><p>y</p>")))
                .extracting(Finding::code, Finding::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("heading.skips_level",
                        "The heading \"B\" is an h4 after an h2; use an h3."));
        assertThat(codes(body("<h3>Starts too deep</h3><p>x</p>"))).containsExactly("heading.skips_level");
    }

    @Test
    void paragraphsOver150WordsAreReported() {
        assertThat(codes(body("<p>" + words(150) + "</p>"))).isEmpty();
        assertThat(codes(body("<p>" + words(151) + "</p>"))).containsExactly("paragraph.too_long");
    }

    @Test
    void articlesNeedTagsButNotMoreThan15() {
        assertThat(codes(clean().tags(null))).containsExactly("tags.missing");
        List<Tag> tags = new ArrayList<>();
        for (int i = 1; i <= 16; i++) {
            tags.add(Tag.of("Tag " + i));
        }
        assertThat(codes(clean().tags(tags.subList(0, 15)))).isEmpty();
        assertThat(codes(clean().tags(tags))).containsExactly("tags.too_many");
    }

    @Test
    void articlesNeedASection() {
        assertThat(codes(clean().section(null))).containsExactly("section.missing");
        assertThat(codes(clean().section(Section.of("World")))).isEmpty();
    }

    @Test
    void aDekIsRequiredOnlyWhereTheSiteAsksForOne() {
        assertThat(codes(clean().dek(null))).isEmpty();
        EditorialChecks strict = EditorialChecks.builder()
                .policy(CheckPolicy.builder().requireDek(true).build()).build();
        assertThat(codes(strict, clean().dek(null))).containsExactly("dek.missing");
        assertThat(codes(strict, clean())).isEmpty();
    }

    @Test
    void changesLongAfterPublicationNeedACorrection() {
        var published = Samples.PUBLISHED;
        Article.Builder late = clean().corrections(null).modifiedAt(published.plus(Duration.ofDays(3)));
        assertThat(codes(late)).containsExactly("modified.without_correction");
        assertThat(codes(late.addCorrection(Correction.of(published.plus(Duration.ofDays(3)), "We fixed a date."))))
                .isEmpty();
        assertThat(codes(clean().corrections(null).modifiedAt(published.plus(Duration.ofDays(2))))).isEmpty();
        // a correction made within the grace period does not explain a change a week later
        assertThat(codes(clean().modifiedAt(published.plus(Duration.ofDays(7))))).containsExactly(
                "modified.without_correction");
    }

    @Test
    void internalLinksToUnknownOrWithdrawnArticlesAreReportedThroughTheHostsResolver() {
        LinkResolver resolver = url -> url.endsWith("/gone") ? LinkResolver.Target.WITHDRAWN
                : url.endsWith("/typo") ? LinkResolver.Target.UNKNOWN : LinkResolver.Target.LIVE;
        EditorialChecks checks = EditorialChecks.builder()
                .policy(CheckPolicy.builder().siteUrl("https://news.example.com/").build())
                .linkResolver(resolver).build();
        Article.Builder a = body("<p><a href=\"https://news.example.com/world/gone\">the story</a>,"
                + " <a href=\"/world/typo\">another</a>, <a href=\"https://news.example.com/world/fine\">fine</a>,"
                + " <a href=\"https://elsewhere.example/typo\">outside</a>.</p>");
        assertThat(checks.check(a)).extracting(Finding::code, f -> f.violation().rejectedValue())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("link.withdrawn_article",
                        "https://news.example.com/world/gone"),
                        org.assertj.core.groups.Tuple.tuple("link.unknown_article", "/world/typo"));
        assertThat(CHECKS.check(a)).isEmpty();
    }

    @Test
    void aFailingResolverIsAFindingNotAnException() {
        EditorialChecks checks = EditorialChecks.builder().linkResolver(url -> {
            throw new IllegalStateException("database down");
        }).build();
        assertThat(codes(checks, body("<p><a href=\"/world/x\">the story</a></p>"))).containsExactly(
                "link.unresolved");
    }

    @Test
    void everyRuleCanBeSwitchedOffOrGivenAnotherSeverityOrThreshold() {
        Article.Builder weak = clean().headline("h".repeat(111)).section(null);
        CheckPolicy policy = CheckPolicy.builder().disable(Rule.HEADLINE_TOO_LONG)
                .severity(Rule.SECTION_MISSING, Severity.ERROR).build();
        assertThat(EditorialChecks.builder().policy(policy).build().check(weak))
                .extracting(Finding::code, Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("section.missing", Severity.ERROR));
        CheckPolicy wide = CheckPolicy.builder().maxHeadline(120).build();
        assertThat(codes(EditorialChecks.builder().policy(wide).build(), clean().headline("h".repeat(111))))
                .isEmpty();
        CheckPolicy custom = CheckPolicy.builder().vagueLinkTexts("en", Set.of("Read more")).build();
        assertThat(codes(EditorialChecks.builder().policy(custom).build(),
                body("<p><a href=\"https://x.example/\">read more…</a> <a href=\"https://x.example/\">here</a></p>")
                        .language("en"))).containsExactly("link.vague");
    }

    @Test
    void policiesAreValuesWithNamedDefaults() {
        assertThat(CheckPolicy.builder().build()).isEqualTo(CheckPolicy.defaults())
                .hasSameHashCodeAs(CheckPolicy.defaults());
        CheckPolicy p = CheckPolicy.builder().maxTags(3).disable(Rule.LINK_VAGUE).build();
        assertThat(p.toBuilder().build()).isEqualTo(p);
        assertThat(p).isNotEqualTo(CheckPolicy.defaults());
        assertThat(CheckPolicy.defaults().maxHeadline()).isEqualTo(110);
        assertThat(CheckPolicy.defaults().enabled(Rule.DEK_MISSING)).isFalse();
        assertThat(p.severity(Rule.LINK_VAGUE)).isEmpty();
        assertThatThrownBy(() -> CheckPolicy.builder().maxTags(0)).hasMessageContaining("maxTags")
                .hasMessageContaining("0");
        assertThatThrownBy(() -> CheckPolicy.builder().siteUrl("ftp://x")).hasMessageContaining("siteUrl");
        assertThatThrownBy(() -> CheckPolicy.builder().imageRatios(List.of(List.of(16))))
                .hasMessageContaining("ratios");
    }

    @Test
    void codesAreStableAndUnique() {
        assertThat(Rule.values()).extracting(Rule::code).doesNotHaveDuplicates()
                .allMatch(c -> c.matches("[a-z]+\\.[a-z_]+"));
        assertThat(Rule.ofCode("link.vague")).isEqualTo(Rule.LINK_VAGUE);
        assertThat(Rule.values()).extracting(Rule::defaultSeverity).doesNotContain(Severity.ERROR);
        assertThatThrownBy(() -> Rule.ofCode("nope")).hasMessageContaining("nope");
    }

    @Test
    void gluedWordsFromTheSanitizerAreWarningsWithTheirPosition() {
        var sanitized = Sanitizer.sanitizeWithReport("<p>in the USA<a href=\"javascript:x\">Eight senators</a>"
                + " wrote</p>", HtmlPolicy.article());
        List<Finding> findings = CHECKS.check(sanitized.report(), "/body");
        assertThat(findings).extracting(Finding::code, Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("text.glued", Severity.WARNING));
        assertThat(findings.get(0).message()).contains("at character 13 ");
        assertThat(findings.get(0).violation().rejectedValue()).isEqualTo("in the USA|Eight senators");
        assertThat(CHECKS.check(Sanitizer.sanitizeWithReport("<p>in the USA <a href=\"javascript:x\">Eight</a></p>",
                HtmlPolicy.article()).report(), "/body")).isEmpty();
    }
}
