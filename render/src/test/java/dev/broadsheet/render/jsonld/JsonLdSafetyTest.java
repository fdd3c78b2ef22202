package dev.broadsheet.render.jsonld;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.broadsheet.html.HtmlPolicy;
import dev.broadsheet.html.PlainText;
import dev.broadsheet.html.Sanitizer;
import dev.broadsheet.model.Article;
import dev.broadsheet.model.ArticleStatus;
import dev.broadsheet.model.Byline;
import dev.broadsheet.model.Comment;
import dev.broadsheet.model.CommentStatus;
import dev.broadsheet.model.Commenter;
import dev.broadsheet.model.Correction;
import dev.broadsheet.model.Credit;
import dev.broadsheet.model.Image;
import dev.broadsheet.model.Person;
import dev.broadsheet.model.Section;
import dev.broadsheet.model.Tag;
import dev.broadsheet.render.ArticlePage;
import dev.broadsheet.render.ListingPage;
import dev.broadsheet.render.Page;
import dev.broadsheet.render.Site;
import dev.broadsheet.render.html.HtmlRenderer;
import dev.broadsheet.testing.Browser;
import dev.broadsheet.testing.Pages;
import dev.broadsheet.testing.ScriptWatch;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;

/**
 * Hostile values in every string field of every model type that reaches JSON-LD, on every kind of page: the values
 * come back unchanged from the script element, nothing runs in headless Chromium, and the page has exactly one
 * script element, the JSON-LD one.
 */
class JsonLdSafetyTest {

    /** What each hostile value carries after its field's name: ends of script and CDATA, a comment, separators. */
    static final String PAYLOAD = " </script><script>alert(1)</script></SCRIPT ><!-- ]]> <![CDATA[ \u2028 \u2029"
            + " \"quoted\" 'single' back\\slash \\u003c & &amp; end";

    /** The payload's core, for fields of at most 100 characters (datelines). */
    static final String SHORT_PAYLOAD = " </script><script>alert(1)</script><!-- ]]> \"quoted\" back\\slash &";

    static final Instant AT = Instant.parse("2026-09-21T14:05:00Z");

    private static Browser browser;

    private final Site site = site();
    private final JsonLdRenderer renderer = JsonLdRenderer.builder().site(site).build();
    private final HtmlRenderer html = HtmlRenderer.builder().site(site).jsonLd(renderer).build();

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    static String hostile(String field) {
        return field + PAYLOAD;
    }

    /** The payload as HTML text, for bodies: the sanitizer keeps it as text, and plain text gives it back. */
    static String hostileHtml(String field) {
        return org.jsoup.nodes.Entities.escape(hostile(field));
    }

    // ------------------------------------------------------------------ hostile content

    static Site site() {
        return Site.builder().name(hostile("site name")).baseUrl("https://news.example.com")
                .description(hostile("site description")).publisherName(hostile("publisher name"))
                .logo(image("logo")).zone("Asia/Baku").build();
    }

    static Image image(String what) {
        return Image.builder().url("https://img.example.com/" + what + ".jpg").alt(hostile(what + " alt"))
                .caption(hostile(what + " caption")).credit(hostile(what + " credit")).size(1200, 675).build();
    }

    static Section section() {
        Section parent = Section.builder().name(hostile("parent section name")).slug("parent")
                .description(hostile("parent section description")).build();
        return Section.builder().name(hostile("section name")).slug("section").parent(parent)
                .description(hostile("section description")).build();
    }

    static Person author() {
        return Person.builder().name(hostile("author name")).slug("author").jobTitle(hostile("author job title"))
                .bio(hostile("author bio")).image(image("portrait")).build();
    }

    static Tag tag() {
        return Tag.builder().name(hostile("tag name")).slug("tag").description(hostile("tag description")).build();
    }

    static Article article(boolean withDescription) {
        return Article.builder().id(withDescription ? "hostile-1" : "hostile-2")
                .headline(hostile("headline")).slug(withDescription ? "hostile" : "hostile-excerpt")
                .dek(hostile("dek")).description(withDescription ? hostile("description") : null)
                .section(section())
                .addByline(Byline.author(author()))
                .addByline(new Byline(Person.builder().name(hostile("photographer name")).slug("photographer")
                        .build(), Byline.Role.PHOTOGRAPHER))
                .body(Sanitizer.sanitize("<p>" + hostileHtml("body one") + "</p><p>" + hostileHtml("body two")
                        + "</p><p>" + hostileHtml("body three") + "</p>", HtmlPolicy.article()))
                .featuredImage(image("featured"))
                .addTag(tag())
                .addTag(Tag.builder().name(hostile("second tag name")).slug("second-tag").build())
                .credit(Credit.of(hostile("agency"), "https://agency.example", "dateline" + SHORT_PAYLOAD))
                .addCorrection(Correction.of(AT.plusSeconds(60), hostile("correction note")))
                .status(ArticleStatus.PUBLISHED).publishedAt(AT).paywalled(true)
                .build();
    }

    static List<Comment> comments(Article article) {
        return List.of(Comment.builder().id("c-1").articleId(article.id())
                .author(Commenter.builder().name(hostile("commenter name")).email("reader@mail.example")
                        .url("https://reader.example").ip("203.0.113.9").build())
                .body(Sanitizer.sanitize("<p>" + hostileHtml("comment body") + " <b>bold</b></p>",
                        HtmlPolicy.comment()))
                .createdAt(AT.plusSeconds(120)).status(CommentStatus.APPROVED).build());
    }

    /** Every page kind with hostile content, by name. */
    static Map<String, Page> pages() {
        Article article = article(true);
        Article excerpted = article(false);
        Map<String, Page> pages = new LinkedHashMap<>();
        pages.put("article page", ArticlePage.builder(article).comments(comments(article)).build());
        pages.put("article page with the description from the body", ArticlePage.builder(excerpted)
                .comments(comments(excerpted)).build());
        pages.put("section page", ListingPage.section(section(), List.of(article, excerpted), 1, 2));
        pages.put("tag page", ListingPage.tag(tag(), List.of(article), 1, 1));
        pages.put("author page", ListingPage.author(author(), List.of(article), 1, 1));
        pages.put("home page", ListingPage.home(List.of(article, excerpted)));
        return pages;
    }

    /** The model's (cleaned) strings that must come back from a page's JSON-LD. */
    static List<String> expectedValues(Page page, Site site) {
        List<String> v = new ArrayList<>();
        v.add(site.name());
        site.description().ifPresent(v::add);
        v.add(site.publisherName());
        imageValues(site.logo().orElseThrow(), v);
        if (page instanceof ArticlePage a) {
            Article article = a.article();
            v.add(article.headline());
            article.dek().ifPresent(v::add);
            if (article.description().isPresent()) {
                v.add(article.description().get());
            }
            for (Section s : article.section().orElseThrow().path()) {
                v.add(s.name());
            }
            article.tags().forEach(t -> v.add(t.name()));
            for (Byline b : article.authors()) {
                personValues(b.person(), v);
            }
            imageValues(article.featuredImage().orElseThrow(), v);
            v.add(article.credit().orElseThrow().source());
            v.add(article.credit().orElseThrow().dateline().orElseThrow());
            article.corrections().forEach(c -> v.add(c.note()));
            for (Comment c : a.comments()) {
                v.add(c.author().name());
                v.add(PlainText.of(c.body()));
            }
        } else {
            ListingPage l = (ListingPage) page;
            l.section().ifPresent(s -> {
                s.path().forEach(x -> v.add(x.name()));
                s.description().ifPresent(v::add);
            });
            l.tag().ifPresent(t -> {
                v.add(t.name());
                t.description().ifPresent(v::add);
            });
            l.author().ifPresent(p -> personValues(p, v));
        }
        return v;
    }

    private static void personValues(Person p, List<String> v) {
        v.add(p.name());
        p.jobTitle().ifPresent(v::add);
        p.bio().ifPresent(v::add);
        p.image().ifPresent(i -> imageValues(i, v));
    }

    private static void imageValues(Image i, List<String> v) {
        i.alt().ifPresent(v::add);
        i.caption().ifPresent(v::add);
        i.credit().ifPresent(v::add);
    }

    // ------------------------------------------------------------------ the tests

    @TestFactory
    Stream<DynamicContainer> hostileValuesStayData() {
        return pages().entrySet().stream().map(e -> {
            Page page = e.getValue();
            String document = html.render(page);
            return DynamicContainer.dynamicContainer(e.getKey(), Stream.of(
                    DynamicTest.dynamicTest("the script block parses back to the model's values",
                            () -> parsesBackToTheModelsValues(page, document)),
                    DynamicTest.dynamicTest("the graph still fits the schema.org vocabulary",
                            () -> assertThat(SchemaOrgCheck.check(renderer.json(page)).problems()).isEmpty()),
                    DynamicTest.dynamicTest("nothing runs in headless Chromium",
                            () -> nothingRuns(document)),
                    DynamicTest.dynamicTest("the document has one script element, the JSON-LD",
                            () -> hasOnlyTheJsonLdScript(document))));
        });
    }

    @Test
    void everyHostileValueKeepsItsDangerousPartsInTheModel() {
        // Single-line fields turn U+2028/U+2029 into spaces; multi-line ones keep them. All keep the markup.
        for (Page page : pages().values()) {
            for (String value : expectedValues(page, site)) {
                assertThat(value).as("a hostile model value").contains("</script><script>alert(1)</script>")
                        .contains("<!--").contains("]]>").contains("\"quoted\"").contains("back\\slash");
            }
        }
        assertThat(site.description().orElseThrow()).contains("\u2028").contains("\u2029");
    }

    @Test
    void theFragmentAloneIsSafeToo() {
        for (Page page : pages().values()) {
            StringBuilder out = new StringBuilder();
            renderer.render(page, out);
            Document doc = Jsoup.parseBodyFragment(out.toString());
            assertThat(doc.select("script")).hasSize(1);
            assertThat(Graph.parse(doc.selectFirst("script").data())).isEqualTo(Graph.parse(renderer.json(page)));
            assertThat(browser.watchScripts(Pages.wrapBody(out.toString())).fired()).isFalse();
        }
    }

    @Test
    @Timeout(60)
    void theWatchSeesAnUnescapedValueRun() {
        // Control: the same kind of value written without escaping does run, so the watch above can fail.
        String unsafe = "<script type=\"application/ld+json\">{\"headline\": \"" + hostile("headline")
                + "\"}</script>";
        ScriptWatch.Report report = browser.watchScripts(Pages.wrapBody(unsafe));
        assertThat(report.fired()).as(report.toString()).isTrue();
    }

    private void parsesBackToTheModelsValues(Page page, String document) {
        Element script = Jsoup.parse(document).selectFirst("script[type=application/ld+json]");
        assertThat(script).isNotNull();
        String text = script.data();
        assertThat(text).doesNotContain("<").doesNotContain(">").doesNotContain("&").doesNotContain("\u2028")
                .doesNotContain("\u2029");
        JsonNode parsed = Graph.parse(text);
        assertThat(parsed).isEqualTo(Graph.parse(renderer.json(page)));
        List<String> strings = new ArrayList<>();
        collectStrings(parsed, strings);
        assertThat(strings).containsAll(expectedValues(page, site));
    }

    private static void nothingRuns(String document) {
        ScriptWatch.Report report = browser.watchScripts(document);
        assertThat(report.fired()).as(report.toString()).isFalse();
        assertThat(report.elementsExercised()).isPositive();
    }

    private static void hasOnlyTheJsonLdScript(String document) {
        Document doc = Jsoup.parse(document);
        Elements scripts = doc.select("script");
        assertThat(scripts).hasSize(1);
        assertThat(scripts.get(0).attr("type")).isEqualTo("application/ld+json");
        assertThat(scripts.get(0).parent()).isEqualTo(doc.head());
        assertThat(Graph.parse(scripts.get(0).data()).path("@graph").isArray()).isTrue();
    }

    private static void collectStrings(JsonNode n, List<String> out) {
        if (n.isTextual()) {
            out.add(n.asText());
        } else {
            n.forEach(x -> collectStrings(x, out));
        }
    }
}
