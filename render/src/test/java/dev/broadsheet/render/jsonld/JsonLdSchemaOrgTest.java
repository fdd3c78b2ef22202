package dev.broadsheet.render.jsonld;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.broadsheet.render.Page;
import dev.broadsheet.render.Site;
import dev.broadsheet.testing.SchemaOrg;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every page's graph fits the schema.org vocabulary ({@link SchemaOrgCheck}), and the check itself rejects what it
 * must: the negative controls below each break one rule in an otherwise valid graph.
 */
class JsonLdSchemaOrgTest {

    private final JsonLdRenderer renderer = JsonLdRenderer.builder().site(JsonLdTestContent.site()).build();

    @TestFactory
    Stream<DynamicTest> everyPageFitsTheVocabulary() {
        return JsonLdTestContent.allPages().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(),
                () -> assertPasses(renderer.json(e.getValue()))));
    }

    @TestFactory
    Stream<DynamicTest> pagesFitTheVocabularyWithOtherSettings() {
        Site bare = Site.builder().name("Bare").baseUrl("http://bare.example/news/").build();
        Map<String, JsonLdRenderer> renderers = Map.of(
                "a site with nothing but a name and base URL", JsonLdRenderer.builder().site(bare).build(),
                "no comments included", JsonLdRenderer.builder().site(JsonLdTestContent.site()).commentCap(0).build(),
                "one comment included", JsonLdRenderer.builder().site(JsonLdTestContent.site()).commentCap(1).build());
        return renderers.entrySet().stream().flatMap(r -> JsonLdTestContent.allPages().entrySet().stream()
                .map(p -> DynamicTest.dynamicTest(r.getKey() + ": " + p.getKey(),
                        () -> assertPasses(r.getValue().json(p.getValue())))));
    }

    /** Pending terms are in the vocabulary but not yet core; each one used is a deliberate choice. */
    @Test
    void theOnlyPendingTermsAreTheDeliberateOnes() {
        Set<String> used = new TreeSet<>();
        for (Page page : JsonLdTestContent.allPages().values()) {
            used.addAll(SchemaOrgCheck.check(renderer.json(page)).pendingTerms());
        }
        assertThat(used).containsExactlyInAnyOrder(
                "NewsMediaOrganization", // the publisher's most specific type; Google reads it as an Organization
                "correctionsPolicy",     // NewsMediaOrganization's own property
                "CorrectionComment",     // the type schema.org made for corrections
                "correction",            // CreativeWork's property for them
                "creditText",            // the image credit line
                "jobTitle");             // Person's job title
    }

    // ------------------------------------------------------------------ negative controls

    /**
     * One broken rule: a change to a valid graph, and the problem the check must report for it (the only problem,
     * unless the change breaks more than one rule by nature).
     */
    record Control(String name, Page page, Consumer<ObjectNode> change, String at, String message, boolean only) {
        static Control of(String name, Consumer<ObjectNode> change, String at, String message) {
            return new Control(name, JsonLdTestContent.richPage(), change, at, message, true);
        }

        Control amongOthers() {
            return new Control(name, page, change, at, message, false);
        }

        Control on(Page other) {
            return new Control(name, other, change, at, message, only);
        }
    }

    static List<Control> controls() {
        SchemaOrg.Vocabulary v = SchemaOrg.vocabulary();
        String superseded = v.properties().values().stream()
                .filter(p -> p.supersededBy().isPresent() && v.allows("NewsArticle", p.name())
                        && p.rangeIncludes().contains("Text"))
                .map(SchemaOrg.Property::name).sorted().findFirst().orElseThrow();
        return List.of(
                Control.of("a type that is not in the vocabulary", d -> article(d).put("@type", "NewsArtikel"),
                        "/@graph/0/@type", "NewsArtikel is not a schema.org type"),
                Control.of("a data type as the type of a node", d -> node(d, "WebSite").put("@type", "Text"),
                        "/@graph/4/@type", "Text is a data type").amongOthers(),
                Control.of("a node without a type", d -> node(d, "WebSite").remove("@type"),
                        "/@graph/4", "has no @type").amongOthers(),
                Control.of("a property that is not in the vocabulary", d -> article(d).put("subHeadline", "A dek"),
                        "/@graph/0/subHeadline", "is not a schema.org property"),
                Control.of("a superseded property", d -> article(d).put(superseded, "text"),
                        "/@graph/0/" + superseded, "is superseded by"),
                Control.of("a property on a type outside its domain",
                        d -> node(d, "Person").put("headline", "A person has no headline"),
                        "/headline", "does not apply to Person"),
                Control.of("a subtype's property on its super type", // dateline is NewsArticle's alone
                        d -> node(d, "WebPage").put("dateline", "WASHINGTON"), "/dateline", "does not apply to WebPage"),
                Control.of("text where a thing is expected", d -> article(d).putArray("author").add("Rauf Həsənov"),
                        "/@graph/0/author/0", "is not in the range of author"),
                Control.of("a string where a number is expected", d -> article(d).put("wordCount", "27"),
                        "/@graph/0/wordCount", "is not in the range of wordCount"),
                Control.of("a fraction where an integer is expected", d -> article(d).put("wordCount", 27.5),
                        "/@graph/0/wordCount", "is not in the range of wordCount"),
                Control.of("a string where a boolean is expected", d -> article(d).put("isAccessibleForFree", "true"),
                        "/@graph/0/isAccessibleForFree", "is not in the range of isAccessibleForFree"),
                Control.of("a date and time without an offset",
                        d -> article(d).put("datePublished", "2026-09-21T18:05:00"),
                        "/@graph/0/datePublished", "is not in the range of datePublished"),
                Control.of("a relative URL", d -> node(d, "WebPage").put("url", "/articles/senators"),
                        "/url", "is not in the range of url"),
                Control.of("a bare number as an image width", // the range is Distance or QuantitativeValue
                        d -> node(d, "ImageObject").put("width", 1600), "/width", "is not in the range of width"),
                Control.of("an embedded node of a wrong type", d -> article(d).putObject("publisher")
                        .put("@type", "ImageObject").put("url", "https://news.example.com/logo.png"),
                        "/@graph/0/publisher", "is not in the range of publisher"),
                Control.of("a reference to a node of a wrong type", d -> article(d).putArray("author").addObject()
                        .put("@id", "https://news.example.com/#website"),
                        "/@graph/0/author/0", "is not in the range of author"),
                Control.of("a reference that no node defines", d -> article(d).putObject("publisher")
                        .put("@id", "https://news.example.com/#nobody"),
                        "/@graph/0/publisher", "which no node of the document defines"),
                Control.of("two nodes with the same id",
                        d -> ((ArrayNode) d.get("@graph")).add(node(d, "WebSite").deepCopy()),
                        "/@id", "another node already defines"),
                Control.of("a CSS selector that does not parse",
                        d -> ((ObjectNode) article(d).get("hasPart")).put("cssSelector", ".bs-paywalled["),
                        "/@graph/0/hasPart/cssSelector", "is not in the range of cssSelector")
                        .on(JsonLdTestContent.paywalledPage()),
                Control.of("anything but @context and @graph at the top", d -> d.put("@type", "NewsArticle"),
                        "/@type", "the document holds only @context and @graph"));
    }

    @TestFactory
    Stream<DynamicTest> theCheckRejects() {
        return controls().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            ObjectNode doc = valid(c.page());
            c.change().accept(doc);
            List<String> problems = SchemaOrgCheck.check(doc).problems();
            String wanted = c.at() + ": ";
            if (c.only()) {
                assertThat(problems).as(c.name()).singleElement().satisfies(p -> assertThat(p).contains(wanted)
                        .contains(c.message()));
            } else {
                assertThat(problems).as(c.name()).anyMatch(p -> p.contains(wanted) && p.contains(c.message()));
            }
        }));
    }

    // ------------------------------------------------------------------ helpers

    private ObjectNode valid(Page page) {
        String json = renderer.json(page);
        assertPasses(json);
        return (ObjectNode) Graph.parse(json);
    }

    private static ObjectNode article(ObjectNode doc) {
        return node(doc, "NewsArticle");
    }

    private static ObjectNode node(ObjectNode doc, String type) {
        for (JsonNode n : doc.get("@graph")) {
            if (n.path("@type").asText().equals(type)) {
                return (ObjectNode) n;
            }
        }
        throw new AssertionError("no " + type);
    }

    private static void assertPasses(String json) {
        SchemaOrgCheck.Report report = SchemaOrgCheck.check(json);
        assertThat(report.problems()).as("%s\nin %s", report, json).isEmpty();
    }
}
