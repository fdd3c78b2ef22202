package dev.broadsheet.render.jsonld;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.broadsheet.model.Article;
import dev.broadsheet.model.Byline;
import dev.broadsheet.model.Image;
import dev.broadsheet.model.Person;
import dev.broadsheet.render.ArticlePage;
import dev.broadsheet.render.html.HtmlRenderer;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Google's Article structured-data guidelines (developers.google.com/search/docs/appearance/structured-data/article),
 * one named check each, run on every published test article. A failure reads
 * {@code <article> › <check>: <what is wrong>}.
 */
class JsonLdGoogleArticleTest {

    /** Google's former limit for headlines, now only a recommendation. */
    static final int HEADLINE_RECOMMENDED_MAX = 110;
    /** The graph's date properties. */
    static final Set<String> DATE_PROPERTIES = Set.of("datePublished", "dateModified", "dateCreated");

    private final JsonLdRenderer renderer = JsonLdRenderer.builder().site(JsonLdTestContent.site()).build();
    private final HtmlRenderer html = HtmlRenderer.builder().site(JsonLdTestContent.site()).jsonLd(renderer).build();

    /** One article page, rendered both ways. */
    record Case(ArticlePage page, Graph graph, ObjectNode article, Document html) {
        Article model() {
            return page.article();
        }
    }

    /** The checks, in the order Google lists the guidelines. */
    static Map<String, Consumer<Case>> checks() {
        Map<String, Consumer<Case>> c = new java.util.LinkedHashMap<>();
        c.put("headline is present", JsonLdGoogleArticleTest::headlineIsPresent);
        c.put("headline is at most 110 characters (a recommendation: the renderer never shortens one)",
                JsonLdGoogleArticleTest::headlineIsConcise);
        c.put("images are absolute URLs", JsonLdGoogleArticleTest::imagesAreAbsolute);
        c.put("images have at least 50,000 pixels", JsonLdGoogleArticleTest::imagesAreLargeEnough);
        c.put("images are offered in 16:9, 4:3 and 1:1 when the model has those renditions",
                JsonLdGoogleArticleTest::imagesComeInGooglesRatios);
        c.put("dates are ISO 8601 with a time zone", JsonLdGoogleArticleTest::datesHaveATimeZone);
        c.put("each author is a separate Person or Organization with a name and a url or sameAs",
                JsonLdGoogleArticleTest::authorsAreSeparatePeopleWithLinks);
        c.put("dateModified is not before datePublished", JsonLdGoogleArticleTest::modifiedIsNotBeforePublished);
        c.put("the paywall selector exists on the HTML page", JsonLdGoogleArticleTest::paywallSelectorExists);
        c.put("the paywalled section is not nested in another paywalled section",
                JsonLdGoogleArticleTest::paywallSectionsDoNotNest);
        c.put("the publisher is an Organization with a name and a url", JsonLdGoogleArticleTest::publisherIsNamed);
        return c;
    }

    @TestFactory
    Stream<DynamicContainer> everyPublishedArticleMeetsGooglesArticleGuidelines() {
        return JsonLdTestContent.publishedPages().entrySet().stream().map(p -> {
            Graph graph = Graph.of(renderer.json(p.getValue()));
            Case c = new Case(p.getValue(), graph, graph.node("NewsArticle"), Jsoup.parse(html.render(p.getValue())));
            return DynamicContainer.dynamicContainer(p.getKey(), checks().entrySet().stream()
                    .map(check -> DynamicTest.dynamicTest(check.getKey(), () -> {
                        try {
                            check.getValue().accept(c);
                        } catch (AssertionError | RuntimeException e) {
                            throw new AssertionError(p.getKey() + " › " + check.getKey() + ": " + e.getMessage(), e);
                        }
                    })));
        });
    }

    /** Each check fails on a page that breaks its guideline, so a passing run means something. */
    @TestFactory
    Stream<DynamicTest> eachCheckCatchesItsViolation() {
        Map<String, Runnable> controls = new java.util.LinkedHashMap<>();
        controls.put("headline is present", () -> headlineIsPresent(rich(a -> a.remove("headline"))));
        controls.put("headline is at most 110 characters", () -> headlineIsConcise(rich(a -> a.put("headline",
                "x".repeat(HEADLINE_RECOMMENDED_MAX + 1)))));
        controls.put("images are absolute URLs", () -> imagesAreAbsolute(rich(a -> a.withArray("image")
                .set(1, a.textNode("/img/border-1200x900.jpg")))));
        controls.put("images have at least 50,000 pixels", () -> imagesAreLargeEnough(rich((a, g) ->
                ((ObjectNode) g.node("ImageObject").get("height")).put("value", 31))));
        controls.put("images are offered in 16:9, 4:3 and 1:1", () -> imagesComeInGooglesRatios(rich(a ->
                a.withArray("image").remove(2))));
        controls.put("dates are ISO 8601 with a time zone", () -> datesHaveATimeZone(rich(a -> a.put("dateModified",
                "2026-09-21T21:05:00"))));
        controls.put("each author has a url or sameAs", () -> authorsAreSeparatePeopleWithLinks(rich((a, g) ->
                g.all("Person").forEach(p -> p.remove(List.of("url", "sameAs"))))));
        controls.put("each author is a separate entry", () -> authorsAreSeparatePeopleWithLinks(rich(a ->
                a.withArray("author").remove(1))));
        controls.put("dateModified is not before datePublished", () -> modifiedIsNotBeforePublished(rich(a ->
                a.put("dateModified", "2026-09-21T18:04:59+04:00"))));
        controls.put("the paywall selector exists on the HTML page", () -> {
            HtmlRenderer plainBody = HtmlRenderer.builder().site(JsonLdTestContent.site()).jsonLd(renderer)
                    .part(dev.broadsheet.render.html.Part.BODY, (page, ctx) -> ctx.out().raw(page.article().body()))
                    .build();
            paywallSelectorExists(paywalled(Jsoup.parse(plainBody.render(JsonLdTestContent.paywalledPage()))));
        });
        controls.put("the paywalled section is not nested", () -> {
            Document doc = Jsoup.parse(html.render(JsonLdTestContent.paywalledPage()));
            doc.selectFirst(".bs-paywalled").wrap("<div class=\"bs-paywalled\"></div>");
            paywallSectionsDoNotNest(paywalled(doc));
        });
        controls.put("the publisher has a name", () -> publisherIsNamed(rich((a, g) ->
                g.node("NewsMediaOrganization").remove("name"))));
        return controls.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () ->
                org.assertj.core.api.Assertions.assertThatThrownBy(e.getValue()::run)
                        .isInstanceOf(AssertionError.class)));
    }

    /** The rich article's case with its graph changed. */
    private Case rich(Consumer<ObjectNode> change) {
        return rich((a, g) -> change.accept(a));
    }

    private Case rich(java.util.function.BiConsumer<ObjectNode, Graph> change) {
        ArticlePage page = JsonLdTestContent.richPage();
        Graph graph = Graph.of(renderer.json(page));
        change.accept(graph.node("NewsArticle"), graph);
        return new Case(page, graph, graph.node("NewsArticle"), Jsoup.parse(html.render(page)));
    }

    private Case paywalled(Document doc) {
        ArticlePage page = JsonLdTestContent.paywalledPage();
        Graph graph = Graph.of(renderer.json(page));
        return new Case(page, graph, graph.node("NewsArticle"), doc);
    }

    // ------------------------------------------------------------------ the checks

    static void headlineIsPresent(Case c) {
        assertThat(c.article().path("headline").asText()).isNotBlank().isEqualTo(c.model().headline());
    }

    static void headlineIsConcise(Case c) {
        assertThat(c.article().path("headline").asText().codePointCount(0,
                c.article().path("headline").asText().length())).isLessThanOrEqualTo(HEADLINE_RECOMMENDED_MAX);
    }

    static void imagesAreAbsolute(Case c) {
        for (JsonNode image : Graph.values(c.article(), "image")) {
            List<String> urls = new ArrayList<>();
            if (image.isTextual()) {
                urls.add(image.asText());
            } else {
                ObjectNode node = c.graph().resolve(image);
                urls.add(node.path("url").asText());
                urls.add(node.path("contentUrl").asText());
            }
            assertThat(urls).allSatisfy(u -> assertThat(SchemaOrgCheck.isAbsoluteHttp(u)).as(u).isTrue());
        }
        assertThat(SchemaOrgCheck.isAbsoluteHttp(c.article().path("thumbnailUrl").asText("https://absent.example")))
                .isTrue();
    }

    static void imagesAreLargeEnough(Case c) {
        for (JsonNode image : Graph.values(c.article(), "image")) {
            long[] size = size(c, image);
            assertThat(size[0] * size[1]).as("pixels of %s", image).isGreaterThanOrEqualTo(50_000);
        }
    }

    static void imagesComeInGooglesRatios(Case c) {
        Set<String> offered = new LinkedHashSet<>();
        for (JsonNode image : Graph.values(c.article(), "image")) {
            long[] size = size(c, image);
            offered.add(ratio(size[0], size[1]));
        }
        Set<String> inModel = new LinkedHashSet<>();
        c.model().featuredImage().ifPresent(i -> {
            if (i.width().isPresent() && i.height().isPresent()
                    && (long) i.width().get() * i.height().get() >= 50_000) {
                inModel.add(ratio(i.width().get(), i.height().get()));
            }
            for (Image.Rendition r : i.renditions()) {
                if ((long) r.width() * r.height() >= 50_000) {
                    inModel.add(ratio(r.width(), r.height()));
                }
            }
        });
        inModel.retainAll(Set.of("16:9", "4:3", "1:1"));
        assertThat(offered).as("ratios offered").containsAll(inModel);
    }

    static void datesHaveATimeZone(Case c) {
        List<String> dates = new ArrayList<>();
        collectDates(c.graph().root(), dates);
        assertThat(c.article().has("datePublished")).as("datePublished").isTrue();
        assertThat(c.article().has("dateModified")).as("dateModified").isTrue();
        assertThat(dates).isNotEmpty().allSatisfy(d -> assertThat(hasOffset(d)).as("%s has a time zone", d).isTrue());
        assertThat(OffsetDateTime.parse(c.article().get("datePublished").asText()).toInstant())
                .isEqualTo(c.model().publishedAt().orElseThrow());
    }

    static void authorsAreSeparatePeopleWithLinks(Case c) {
        Set<Person> people = new LinkedHashSet<>();
        for (Byline b : c.model().authors()) {
            if (b.role().isAuthor()) {
                people.add(b.person());
            }
        }
        List<JsonNode> authors = Graph.values(c.article(), "author");
        assertThat(authors).as("one author entry per person").hasSize(people.size());
        Set<String> ids = new LinkedHashSet<>();
        for (JsonNode a : authors) {
            ObjectNode node = c.graph().resolve(a);
            ids.add(node.path("@id").asText());
            assertThat(node.path("@type").asText()).isIn("Person", "Organization");
            assertThat(node.path("name").asText()).isNotBlank();
            assertThat(node.has("url") || node.has("sameAs")).as("%s has a url or sameAs", node.get("name")).isTrue();
        }
        assertThat(ids).as("distinct nodes").hasSize(authors.size());
        assertThat(authors.stream().map(a -> c.graph().resolve(a).path("name").asText()))
                .containsExactlyElementsOf(people.stream().map(Person::name).toList());
    }

    static void modifiedIsNotBeforePublished(Case c) {
        OffsetDateTime published = OffsetDateTime.parse(c.article().get("datePublished").asText());
        OffsetDateTime modified = OffsetDateTime.parse(c.article().get("dateModified").asText());
        assertThat(modified).isAfterOrEqualTo(published);
    }

    static void paywallSelectorExists(Case c) {
        if (c.article().get("isAccessibleForFree").asBoolean()) {
            assertThat(c.article().has("hasPart")).as("a free article marks no paywalled part").isFalse();
            assertThat(c.html().select(".bs-paywalled")).as("a free article's page has no paywalled part").isEmpty();
            return;
        }
        for (String selector : selectors(c)) {
            assertThat(c.html().select(selector)).as("elements matching %s", selector).isNotEmpty();
        }
    }

    static void paywallSectionsDoNotNest(Case c) {
        for (String selector : selectors(c)) {
            for (Element e : c.html().select(selector)) {
                assertThat(e.parents()).as("ancestors of a %s element", selector)
                        .noneMatch(parent -> parent.is(selector));
            }
        }
    }

    static void publisherIsNamed(Case c) {
        ObjectNode publisher = c.graph().resolve(c.article().get("publisher"));
        assertThat(publisher.path("@type").asText()).isIn("Organization", "NewsMediaOrganization");
        assertThat(publisher.path("name").asText()).isNotBlank();
        assertThat(SchemaOrgCheck.isAbsoluteHttp(publisher.path("url").asText())).isTrue();
    }

    // ------------------------------------------------------------------ helpers

    /** The paywalled parts' selectors; a locked article has at least one. */
    private static List<String> selectors(Case c) {
        List<String> selectors = new ArrayList<>();
        for (JsonNode part : Graph.values(c.article(), "hasPart")) {
            if (part.path("@type").asText().equals("WebPageElement") && part.has("isAccessibleForFree")
                    && !part.get("isAccessibleForFree").asBoolean()) {
                selectors.add(part.path("cssSelector").asText());
            }
        }
        if (!c.article().get("isAccessibleForFree").asBoolean()) {
            assertThat(selectors).as("a locked article names its paywalled part").isNotEmpty();
        }
        return selectors;
    }

    /** An image entry's size: from its ImageObject, or, for a bare URL, from the model's rendition of that URL. */
    private static long[] size(Case c, JsonNode image) {
        if (!image.isTextual()) {
            ObjectNode node = c.graph().resolve(image);
            return new long[] {node.path("width").path("value").asLong(), node.path("height").path("value").asLong()};
        }
        Map<String, long[]> sizes = new HashMap<>();
        c.model().featuredImage().ifPresent(i -> i.renditions().forEach(r -> sizes.put(r.url(),
                new long[] {r.width(), r.height()})));
        long[] size = sizes.get(image.asText());
        assertThat(size).as("the model's size of %s", image).isNotNull();
        return size;
    }

    private static boolean hasOffset(String dateTime) {
        try {
            OffsetDateTime.parse(dateTime);
            return true;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    private static String ratio(long w, long h) {
        long g = gcd(w, h);
        return w / g + ":" + h / g;
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    private static void collectDates(JsonNode n, List<String> out) {
        if (n.isObject()) {
            n.fields().forEachRemaining(e -> {
                if (DATE_PROPERTIES.contains(e.getKey())) {
                    out.add(e.getValue().asText());
                } else {
                    collectDates(e.getValue(), out);
                }
            });
        } else if (n.isArray()) {
            n.forEach(x -> collectDates(x, out));
        }
    }
}
