package dev.broadsheet.interchange.ninjs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.broadsheet.fixtures.Fixtures;
import dev.broadsheet.fixtures.HostileFixtures;
import dev.broadsheet.html.HtmlPolicy;
import dev.broadsheet.html.PlainText;
import dev.broadsheet.html.Sanitizer;
import dev.broadsheet.json.BroadsheetJson;
import dev.broadsheet.model.Article;
import dev.broadsheet.model.ArticleStatus;
import dev.broadsheet.model.Byline;
import dev.broadsheet.model.Correction;
import dev.broadsheet.model.Credit;
import dev.broadsheet.model.Image;
import dev.broadsheet.model.Person;
import dev.broadsheet.model.Tag;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class NinjsSchemaTest {

    private static final NinjsExporter V3 = NinjsExporter.builder().uriBase("https://news.example/articles/")
            .genres(a -> a.corrections().isEmpty() ? List.of()
                    : List.of(new NinjsExporter.Genre("Update", "http://cv.iptc.org/newscodes/genre/Update")))
            .build();
    private static final NinjsExporter V2 = NinjsExporter.builder().version(NinjsVersion.V2_2).build();

    static Stream<Arguments> articles() {
        List<Arguments> out = new ArrayList<>();
        for (Article a : Fixtures.articles()) {
            out.add(Arguments.of(a.id(), a));
        }
        for (Article a : hostileArticles()) {
            out.add(Arguments.of(a.id(), a));
        }
        return out.stream();
    }

    /** The hostile fixtures that are valid articles, and some of our own. */
    static List<Article> hostileArticles() {
        List<Article> out = new ArrayList<>();
        for (HostileFixtures.Case c : HostileFixtures.cases()) {
            if (c.modelType() == Article.class && !(c.expected() instanceof HostileFixtures.Rejected)) {
                out.add(BroadsheetJson.storage().read(c.input(), Article.class));
            }
        }
        String nasty = "\"</script><script>alert(1)</script>\\u2028 ${x} {{y}} 'q' & <b>";
        out.add(Article.builder().id("hostile-own").headline(nasty).dek(nasty).description(nasty)
                .status(ArticleStatus.SCHEDULED).publishedAt(Instant.parse("2030-01-01T00:00:00Z"))
                .addByline(new Byline(Person.builder().name(nasty).url("https://x.example/?a=%22b%22&c=%3Cd%3E")
                        .build(), Byline.Role.TRANSLATOR))
                .addTag(Tag.of(nasty)).credit(Credit.of(nasty, "https://x.example/%22", nasty))
                .addCorrection(Correction.of(Instant.parse("2030-01-02T00:00:00Z"), nasty + "\n\n" + nasty))
                .featuredImage(Image.builder().url("https://x.example/a%20b.jpg?x=%221%22").decorative(true)
                        .caption(nasty).credit(nasty).build())
                .body(Sanitizer.sanitize("<p onclick=\"x()\">a<script>alert(1)</script></p><img src=x "
                        + "onerror=alert(1)><a href=\"javascript:alert(1)\">b</a>", HtmlPolicy.article()))
                .build());
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articles")
    void everyExportedArticleIsValidNinjs31(String id, Article article) throws Exception {
        String json = V3.toJson(article);
        assertThat(IptcSchemas.errors(NinjsVersion.V3_1, json)).as(json).isEmpty();
        assertThat(json).contains("\"standard\":{\"name\":\"ninjs\",\"version\":\"3.1\"");
        assertNoMarkupButTheSafeBody(json, article, "contentType");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articles")
    void everyExportedArticleIsValidNinjs22(String id, Article article) throws Exception {
        String json = V2.toJson(article);
        assertThat(IptcSchemas.errors(NinjsVersion.V2_2, json)).as(json).isEmpty();
        assertThat(json).doesNotContain("\"contentType\"");
        assertNoMarkupButTheSafeBody(json, article, "contenttype");
    }

    /** The only markup in a document is the article's sanitized body, copied as it is; the rest is text. */
    private static void assertNoMarkupButTheSafeBody(String json, Article article, String contentType)
            throws Exception {
        JsonNode doc = new ObjectMapper().readTree(json);
        if (article.body().isEmpty()) {
            assertThat(doc.has("bodies")).isFalse();
            return;
        }
        assertThat(doc.path("bodies").get(0).path(contentType).asText()).isEqualTo("text/html");
        assertThat(doc.path("bodies").get(0).path("value").asText()).isEqualTo(article.body().html())
                .doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("javascript:");
        assertThat(doc.path("bodies").get(1).path("value").asText()).isEqualTo(PlainText.of(article.body()));
    }

    @Test
    void everyFeaturedImageExportsAsAValidPictureDocument() {
        int images = 0;
        for (Article a : Fixtures.articles()) {
            if (a.featuredImage().isPresent()) {
                images++;
                for (NinjsExporter e : List.of(V3, V2)) {
                    String json = e.toJson(a.featuredImage().get());
                    assertThat(IptcSchemas.errors(e.version(), json)).as(json).isEmpty();
                    assertThat(json).contains("\"type\":\"picture\"", "\"renditions\"");
                }
            }
        }
        assertThat(images).as("fixtures with a featured image").isPositive();
    }

    @ParameterizedTest
    @ValueSource(strings = {"001_simple_example.json", "003_associations_example.json",
        "004_simple_text_article.json", "005_complex_text_article.json",
        "006_photo_only.json", "007_multimedia.json", "008_event.json"})
    void theValidatorAcceptsTheSpecsOwnExamples(String name) {
        assertThat(IptcSchemas.errors(NinjsVersion.V3_1, IptcSchemas.resource("examples-3.1/" + name))).isEmpty();
    }

    @Test
    void theSpecsRenditionsExampleIsItselfInvalidItsUriIsNotAUri() {
        // 002's "uri" is "renditions-example", a relative reference; the schema's format "uri" wants an absolute
        // URI. Every error the validator names follows from that one (the failed property is then unevaluated).
        List<String> errors = IptcSchemas.errors(NinjsVersion.V3_1,
                IptcSchemas.resource("examples-3.1/002_renditions_example.json"));
        assertThat(errors).anyMatch(e -> e.startsWith("/uri: ") && e.contains("uri"));
        assertThat(errors).allMatch(e -> e.startsWith("/uri: ") || e.contains("not evaluated"));
    }

    @Test
    void theValidatorRefusesWhatTheSchemaForbids() {
        // proof that validation is real: a missing uri, an unknown property, a bad date and a bad enum value
        assertThat(IptcSchemas.errors(NinjsVersion.V3_1, "{\"type\":\"text\"}")).isNotEmpty();
        assertThat(IptcSchemas.errors(NinjsVersion.V3_1, "{\"uri\":\"urn:x\",\"unknown\":1}")).isNotEmpty();
        assertThat(IptcSchemas.errors(NinjsVersion.V3_1, "{\"uri\":\"urn:x\",\"versionCreated\":\"yesterday\"}"))
                .isNotEmpty();
        assertThat(IptcSchemas.errors(NinjsVersion.V3_1, "{\"uri\":\"urn:x\",\"pubStatus\":\"live\"}")).isNotEmpty();
        assertThat(IptcSchemas.errors(NinjsVersion.V2_2,
                "{\"uri\":\"urn:x\",\"versionCreated\":\"2020-01-01T00:00:00Z\"}"))
                .as("3.x spelling in a 2.2 document").isNotEmpty();
    }
}
