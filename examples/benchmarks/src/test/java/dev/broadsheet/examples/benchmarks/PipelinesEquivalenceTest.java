package dev.broadsheet.examples.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.broadsheet.examples.benchmarks.pipelines.PageController;
import dev.broadsheet.examples.benchmarks.pipelines.Pipelines;
import dev.broadsheet.examples.benchmarks.pipelines.Sink;
import dev.broadsheet.examples.benchmarks.pipelines.Stored;
import dev.broadsheet.render.ArticlePage;
import dev.broadsheet.render.Site;
import dev.broadsheet.render.jsonld.JsonLdRenderer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The page race is fair: Thymeleaf's and jte's pages have the same content as Broadsheet's — the same elements
 * with the same attributes in the same order, the same text, the same links, and JSON-LD that parses to the same
 * tree — so the benchmark compares rendering, not different pages.
 */
class PipelinesEquivalenceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String broadsheet;
    private static String thymeleaf;
    private static String jte;
    private static Stored.PageData data;
    private static ArticlePage page;
    private static Site site;

    @BeforeAll
    static void renderEveryPipelineOnce() {
        site = BenchContent.site();
        page = BenchContent.page();
        data = Stored.of(site, page);
        broadsheet = render(Pipelines.broadsheet(site, page));
        thymeleaf = render(Pipelines.thymeleaf(data));
        jte = render(Pipelines.jte(data));
    }

    private static String render(Pipelines.PagePipeline pipeline) {
        Sink sink = new Sink(256 * 1024);
        pipeline.render(sink);
        return sink.toString();
    }

    @Test
    void theBytePipelinesWriteExactlyTheirCharacterPipelinesPagesInUtf8() {
        assertThat(new String(Pipelines.broadsheetBytes(site, page).bytes(), StandardCharsets.UTF_8))
                .isEqualTo(broadsheet);
        assertThat(new String(Pipelines.jteBinary(data).bytes(), StandardCharsets.UTF_8)).isEqualTo(jte);
        assertThat(new String(Pipelines.thymeleafBytes(data).bytes(), StandardCharsets.UTF_8)).isEqualTo(thymeleaf);
    }

    @Test
    void theBytePipelinesReuseTheirThreadsBuffersWithoutLeftovers() {
        dev.broadsheet.examples.benchmarks.pipelines.ByteSink sink =
                new dev.broadsheet.examples.benchmarks.pipelines.ByteSink();
        Pipelines.BytePipeline ours = Pipelines.broadsheetBytes(site, page);
        Pipelines.BytePipeline theirs = Pipelines.thymeleafBytes(data);
        ours.render(sink);
        theirs.render(sink);
        assertThat(sink.utf8().toString()).isEqualTo(broadsheet);
        ours.render(sink);
        assertThat(sink.utf8().toString()).isEqualTo(broadsheet);
        theirs.render(sink);
        assertThat(sink.stream().toString(StandardCharsets.UTF_8)).isEqualTo(thymeleaf);
    }

    @Test
    void thymeleafWritesTheSameElementsAttributesAndText() {
        assertThat(shape(thymeleaf)).containsExactlyElementsOf(shape(broadsheet));
    }

    @Test
    void jteWritesTheSameElementsAttributesAndText() {
        assertThat(shape(jte)).containsExactlyElementsOf(shape(broadsheet));
    }

    @Test
    void everyPipelineHasTheSameVisibleTextPerSection() {
        for (String section : new String[] {"head > title", ".bs-site-header", ".bs-breadcrumb", ".bs-article-header",
            ".bs-featured", ".bs-body", ".bs-source", ".bs-corrections", ".bs-tags", ".bs-comments", ".bs-respond",
            ".bs-newsletter", ".bs-site-footer"}) {
            String expected = Jsoup.parse(broadsheet).select(section).text();
            assertThat(expected).as(section).isNotBlank();
            assertThat(Jsoup.parse(thymeleaf).select(section).text()).as("Thymeleaf " + section).isEqualTo(expected);
            assertThat(Jsoup.parse(jte).select(section).text()).as("jte " + section).isEqualTo(expected);
        }
    }

    @Test
    void everyPipelineHasTheSameLinks() {
        List<String> expected = links(broadsheet);
        assertThat(expected).hasSizeGreaterThan(90);
        assertThat(links(thymeleaf)).containsExactlyElementsOf(expected);
        assertThat(links(jte)).containsExactlyElementsOf(expected);
    }

    @Test
    void everyPipelineEmbedsTheSameJsonLd() throws Exception {
        JsonNode expected = jsonLd(broadsheet);
        assertThat(expected.get("@graph").get(0).get("comment")).hasSize(JsonLdRenderer.DEFAULT_COMMENT_CAP);
        assertThat(jsonLd(thymeleaf)).isEqualTo(expected);
        assertThat(jsonLd(jte)).isEqualTo(expected);
        assertThat(JSON.readTree(PageController.jsonLd(data)))
                .isEqualTo(JSON.readTree(JsonLdRenderer.builder().site(site).build().json(page)));
    }

    @Test
    void theJsonLdIsEscapedForTheScriptElementTheSameWay() {
        for (String html : new String[] {broadsheet, thymeleaf, jte}) {
            String json = Jsoup.parse(html).selectFirst("script[type=application/ld+json]").data();
            assertThat(json).contains("\\u0026").doesNotContain("&", "<", ">");
        }
    }

    private static JsonNode jsonLd(String html) throws Exception {
        return JSON.readTree(Jsoup.parse(html).selectFirst("script[type=application/ld+json]").data());
    }

    private static List<String> links(String html) {
        List<String> links = new ArrayList<>();
        for (Element e : Jsoup.parse(html).select("[href], [src], [action]")) {
            links.add(e.tagName() + " " + e.attr("href") + e.attr("src") + e.attr("action"));
        }
        return links;
    }

    /**
     * The document as lines: each element's start tag with its attributes sorted, and each text (white space
     * collapsed, not trimmed, so that words glued together would show) in document order.
     */
    private static List<String> shape(String html) {
        Document doc = Jsoup.parse(html);
        List<String> lines = new ArrayList<>();
        doc.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    TreeMap<String, String> attributes = new TreeMap<>();
                    for (Attribute a : e.attributes()) {
                        attributes.put(a.getKey(), a.getValue());
                    }
                    lines.add("<" + e.tagName() + " " + attributes + ">");
                } else if (node instanceof TextNode t && !t.isBlank()) {
                    lines.add(t.getWholeText().replaceAll("\\s+", " "));
                }
            }
        });
        return lines;
    }
}
