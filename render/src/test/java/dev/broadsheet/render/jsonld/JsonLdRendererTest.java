package dev.broadsheet.render.jsonld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.broadsheet.html.HtmlPolicy;
import dev.broadsheet.html.PlainText;
import dev.broadsheet.html.Sanitizer;
import dev.broadsheet.model.Article;
import dev.broadsheet.model.Byline;
import dev.broadsheet.model.CommentMode;
import dev.broadsheet.model.Image;
import dev.broadsheet.model.Person;
import dev.broadsheet.render.ArticlePage;
import dev.broadsheet.render.Links;
import dev.broadsheet.render.Page;
import dev.broadsheet.render.Site;
import dev.broadsheet.render.Threads;
import dev.broadsheet.render.html.HtmlRenderer;
import dev.broadsheet.render.internal.HtmlParts;
import dev.broadsheet.text.Excerpts;
import dev.broadsheet.text.Words;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class JsonLdRendererTest {

    private final Site site = JsonLdTestContent.site();
    private final JsonLdRenderer renderer = JsonLdRenderer.builder().site(site).build();

    // ------------------------------------------------------------------ configuration

    @Test
    void aRendererNeedsASiteAndANonNegativeCap() {
        assertThatThrownBy(() -> JsonLdRenderer.builder().build()).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("site");
        assertThatThrownBy(() -> JsonLdRenderer.builder().commentCap(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("commentCap").hasMessageContaining("-1");
        assertThat(renderer.commentCap()).isEqualTo(JsonLdRenderer.DEFAULT_COMMENT_CAP);
        assertThat(renderer.site()).isSameAs(site);
        assertThat(renderer.links().home()).isEqualTo("https://news.example.com/");
    }

    @Test
    void theHostsLinksMakeTheUrlsAndIds() {
        Links links = new Links() {
            @Override
            public String baseUrl() {
                return "https://www.example.org/news";
            }

            @Override
            public String article(Article article) {
                return "https://www.example.org/story/" + article.id();
            }
        };
        Graph g = Graph.of(JsonLdRenderer.builder().site(site).links(links).build().json(JsonLdTestContent.richPage()));
        assertThat(g.node("NewsArticle").get("@id").asText()).isEqualTo("https://www.example.org/story/a-1001#article");
        assertThat(g.node("WebSite").get("@id").asText()).isEqualTo("https://www.example.org/news/#website");
        assertThat(g.all("Person").get(0).get("@id").asText())
                .isEqualTo("https://www.example.org/news/#/person/rauf-hesenov");
        assertThat(g.all("Person").get(0).get("url").asText()).isEqualTo("https://www.example.org/news/author/rauf-hesenov");
    }

    // ------------------------------------------------------------------ the text

    @Test
    void theJsonIsOneDeterministicLineInAFixedKeyOrder() {
        String json = renderer.json(JsonLdTestContent.richPage());
        assertThat(json).startsWith("{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"NewsArticle\",")
                .doesNotContain("\n");
        assertThat(renderer.json(JsonLdTestContent.richPage())).isEqualTo(json);
        assertThat(JsonLdRenderer.builder().site(JsonLdTestContent.site()).build().json(JsonLdTestContent.richPage()))
                .isEqualTo(json);
    }

    @Test
    void streamingWritesTheSameText() {
        StringBuilder sb = new StringBuilder("before:");
        renderer.json(JsonLdTestContent.richPage(), sb);
        assertThat(sb.toString()).isEqualTo("before:" + renderer.json(JsonLdTestContent.richPage()));
        java.io.StringWriter writer = new java.io.StringWriter();
        renderer.json(JsonLdTestContent.richPage(), writer);
        assertThat(writer.toString()).isEqualTo(renderer.json(JsonLdTestContent.richPage()));
    }

    @Test
    void theJsonItselfEscapesWhatCouldEndAScript() {
        Article a = JsonLdTestContent.bareArticle().toBuilder().headline("a </script> & <!-- b")
                .description("line\u2028paragraph\u2029end").build();
        String json = renderer.json(ArticlePage.of(a));
        assertThat(json).doesNotContain("<").doesNotContain(">").doesNotContain("&").doesNotContain("\u2028")
                .doesNotContain("\u2029").contains("\\u003C/script\\u003E \\u0026 \\u003C!-- b")
                .contains("line\\u2028paragraph\\u2029end");
        assertThat(Graph.of(json).node("NewsArticle").get("headline").asText()).isEqualTo("a </script> & <!-- b");
    }

    @Test
    void renderWritesOneJsonLdScriptElement() {
        StringBuilder out = new StringBuilder();
        renderer.render(JsonLdTestContent.richPage(), out);
        assertThat(out).startsWith("<script type=\"application/ld+json\">{\"@context\"").endsWith("}</script>");
        assertThat(out.toString()).isEqualTo("<script type=\"application/ld+json\">"
                + renderer.json(JsonLdTestContent.richPage()) + "</script>");
    }

    @Test
    void theHtmlPageEmbedsThisGraphAndItsUrlIsTheCanonicalUrl() {
        HtmlRenderer html = HtmlRenderer.builder().site(site).build();
        for (Map.Entry<String, Page> e : JsonLdTestContent.allPages().entrySet()) {
            Document doc = Jsoup.parse(html.render(e.getValue()));
            JsonNode embedded = Graph.parse(doc.selectFirst("head script[type=application/ld+json]").data());
            assertThat(embedded).as(e.getKey()).isEqualTo(Graph.parse(renderer.json(e.getValue())));
            ObjectNode webPage = (ObjectNode) embedded.get("@graph").findParents("url").stream()
                    .filter(n -> n.path("@id").asText().endsWith("#webpage")
                            && !n.path("@type").asText().equals("ListItem")).findFirst().orElseThrow();
            assertThat(webPage.get("url").asText()).as(e.getKey())
                    .isEqualTo(doc.selectFirst("link[rel=canonical]").attr("href"));
        }
    }

    @Test
    @Timeout(60)
    void oneRendererServesManyThreadsWithIdenticalOutput() throws Exception {
        List<Supplier<String>> calls = new ArrayList<>();
        for (Page page : JsonLdTestContent.allPages().values()) {
            calls.add(() -> renderer.json(page));
        }
        Threads.assertSameResults(8, 200, calls);
    }

    // ------------------------------------------------------------------ the article

    @Test
    void theArticleCountsTheWordsOfItsBodyAndFallsBackToAnExcerpt() {
        Article bare = JsonLdTestContent.bareArticle();
        ObjectNode a = Graph.of(renderer.json(ArticlePage.of(bare))).node("NewsArticle");
        String text = PlainText.of(bare.body());
        assertThat(a.get("wordCount").asLong()).isEqualTo(Words.count(text)).isEqualTo(16); // "two-week" is one word
        assertThat(a.get("description").asText()).isEqualTo(Excerpts.of(text));
        assertThat(a.has("alternativeHeadline")).isFalse();
        assertThat(a.has("image")).isFalse();
        assertThat(a.has("articleSection")).isFalse();
        assertThat(a.has("keywords")).isFalse();
    }

    @Test
    void datesCarryTheSiteZonesOffsetAndAnUnmodifiedArticleWasModifiedWhenPublished() {
        ObjectNode a = Graph.of(renderer.json(ArticlePage.of(JsonLdTestContent.bareArticle()))).node("NewsArticle");
        assertThat(a.get("datePublished").asText()).isEqualTo("2026-09-23T18:05:00+04:00");
        assertThat(a.get("dateModified").asText()).isEqualTo("2026-09-23T18:05:00+04:00");
        Site utc = site.toBuilder().zone("UTC").build();
        ObjectNode inUtc = Graph.of(JsonLdRenderer.builder().site(utc).build()
                .json(ArticlePage.of(JsonLdTestContent.bareArticle()))).node("NewsArticle");
        assertThat(inUtc.get("datePublished").asText()).isEqualTo("2026-09-23T14:05:00Z");
    }

    @Test
    void aDraftWithoutDatesOrAuthorsStillGivesAValidGraph() {
        Article draft = Article.builder().id("d-1").headline("Draft").body(Sanitizer.sanitize("<p>Draft</p>",
                HtmlPolicy.article())).build();
        String json = renderer.json(ArticlePage.of(draft));
        ObjectNode a = Graph.of(json).node("NewsArticle");
        assertThat(a.has("datePublished")).isFalse();
        assertThat(a.has("author")).isFalse();
        assertThat(SchemaOrgCheck.check(json).problems()).isEmpty();
    }

    @Test
    void theArticlesLanguageWinsOverTheSites() {
        Article az = JsonLdTestContent.bareArticle().toBuilder().language("az").build();
        Graph g = Graph.of(renderer.json(ArticlePage.of(az)));
        assertThat(g.node("NewsArticle").get("inLanguage").asText()).isEqualTo("az");
        assertThat(g.node("WebPage").get("inLanguage").asText()).isEqualTo("az");
        assertThat(g.node("WebSite").get("inLanguage").asText()).isEqualTo("en");
    }

    @Test
    void aCanonicalUrlMakesThePagesIds() {
        Article a = JsonLdTestContent.bareArticle().toBuilder().canonicalUrl("https://partner.example/ferry").build();
        Graph g = Graph.of(renderer.json(ArticlePage.of(a)));
        assertThat(g.node("NewsArticle").get("@id").asText()).isEqualTo("https://partner.example/ferry#article");
        assertThat(g.node("WebPage").get("url").asText()).isEqualTo("https://partner.example/ferry");
    }

    // ------------------------------------------------------------------ people

    @Test
    void writersAreAuthorsAndEveryoneElseIsAContributorEachOnce() {
        Person both = Person.of("Samira Həsənli");
        Article a = JsonLdTestContent.bareArticle().toBuilder().authors(List.of(Byline.author(both),
                new Byline(both, Byline.Role.PHOTOGRAPHER), new Byline(Person.of("Elçin Məmmədli"),
                        Byline.Role.TRANSLATOR))).build();
        Graph g = Graph.of(renderer.json(ArticlePage.of(a)));
        ObjectNode article = g.node("NewsArticle");
        assertThat(ids(article, "author")).containsExactly("https://news.example.com/#/person/samira-hesenli");
        assertThat(ids(article, "contributor")).containsExactly("https://news.example.com/#/person/samira-hesenli",
                "https://news.example.com/#/person/elcin-memmedli");
        assertThat(g.all("Person")).hasSize(2);
    }

    @Test
    void twoPeopleWithOneSlugGetDistinctIds() {
        Person one = Person.builder().name("Əli Həsənov").slug("ali").build();
        Person other = Person.builder().name("Ali Hasanov").slug("ali").jobTitle("Editor").build();
        Article a = JsonLdTestContent.bareArticle().toBuilder().authors(List.of(Byline.author(one),
                Byline.author(other))).build();
        Graph g = Graph.of(renderer.json(ArticlePage.of(a)));
        assertThat(ids(g.node("NewsArticle"), "author")).containsExactly("https://news.example.com/#/person/ali",
                "https://news.example.com/#/person/ali-2");
        assertThat(g.all("Person")).extracting(p -> p.get("name").asText())
                .containsExactly("Əli Həsənov", "Ali Hasanov");
    }

    @Test
    void aPersonsUrlIsTheirOwnProfileElseTheAuthorPage() {
        Graph g = Graph.of(renderer.json(JsonLdTestContent.richPage()));
        assertThat(g.byId("https://news.example.com/#/person/aynur-memmedova").orElseThrow().get("url").asText())
                .isEqualTo("https://aynur.example/about");
        assertThat(g.byId("https://news.example.com/#/person/nigar-eliyeva").orElseThrow().get("url").asText())
                .isEqualTo("https://news.example.com/author/nigar-eliyeva");
    }

    // ------------------------------------------------------------------ images

    @Test
    void smallImagesAreLeftOutOfTheArticlesImagesButStillDescribeThePage() {
        Image small = Image.builder().url("https://img.example.com/small.jpg").alt("Small").size(200, 200)
                .addRendition(new Image.Rendition("https://img.example.com/small-160x90.jpg", 160, 90)).build();
        Graph g = Graph.of(renderer.json(ArticlePage.of(JsonLdTestContent.bareArticle().toBuilder()
                .featuredImage(small).build())));
        assertThat(g.node("NewsArticle").has("image")).isFalse();
        assertThat(g.node("NewsArticle").get("thumbnailUrl").asText()).isEqualTo("https://img.example.com/small.jpg");
        assertThat(g.node("ImageObject").get("url").asText()).isEqualTo("https://img.example.com/small.jpg");
    }

    @Test
    void aLargeRenditionStandsInForASmallPrimaryImageOfItsRatio() {
        Image small = Image.builder().url("https://img.example.com/small-16x9.jpg").alt("Small").size(240, 135)
                .addRendition(new Image.Rendition("https://img.example.com/large-16x9.jpg", 1600, 900)).build();
        ObjectNode a = Graph.of(renderer.json(ArticlePage.of(JsonLdTestContent.bareArticle().toBuilder()
                .featuredImage(small).build()))).node("NewsArticle");
        assertThat(a.get("image").toString()).isEqualTo("[\"https://img.example.com/large-16x9.jpg\"]");
    }

    @Test
    void anImageOfUnknownSizeIsOfferedAndRenditionsFillTheOtherRatios() {
        Image unsized = Image.builder().url("https://img.example.com/photo.jpg").alt("Photo")
                .addRendition(new Image.Rendition("https://img.example.com/photo-16x9.jpg", 1280, 720))
                .addRendition(new Image.Rendition("https://img.example.com/photo-16x9-small.jpg", 640, 360))
                .addRendition(new Image.Rendition("https://img.example.com/photo-1x1.jpg", 720, 720)).build();
        ObjectNode a = Graph.of(renderer.json(ArticlePage.of(JsonLdTestContent.bareArticle().toBuilder()
                .featuredImage(unsized).build()))).node("NewsArticle");
        assertThat(a.get("image").toString()).isEqualTo("[{\"@id\":\"https://news.example.com/articles/"
                + "ferry-service-to-aktau-resumes#primaryimage\"},\"https://img.example.com/photo-16x9.jpg\","
                + "\"https://img.example.com/photo-1x1.jpg\"]");
    }

    // ------------------------------------------------------------------ paywall

    @Test
    void aPaywalledArticleNamesTheHtmlRenderersPaywalledSection() {
        ObjectNode a = Graph.of(renderer.json(JsonLdTestContent.paywalledPage())).node("NewsArticle");
        assertThat(a.get("isAccessibleForFree").asBoolean()).isFalse();
        assertThat(a.get("hasPart").get("cssSelector").asText()).isEqualTo(HtmlParts.PAYWALLED_SELECTOR);
        assertThat(a.get("hasPart").get("isAccessibleForFree").asBoolean()).isFalse();
    }

    @Test
    void aPaywalledArticleThatFitsThePreviewIsFreeToRead() {
        Article shortOne = JsonLdTestContent.paywalledArticle().toBuilder().body(Sanitizer.sanitize(
                "<p>One.</p><p>Two.</p>", HtmlPolicy.article())).build();
        ArticlePage page = ArticlePage.of(shortOne);
        ObjectNode a = Graph.of(renderer.json(page)).node("NewsArticle");
        assertThat(a.get("isAccessibleForFree").asBoolean()).isTrue();
        assertThat(a.has("hasPart")).isFalse();
        assertThat(Jsoup.parse(HtmlRenderer.builder().site(site).build().render(page))
                .select(HtmlParts.PAYWALLED_SELECTOR)).as("the page shows it all").isEmpty();
    }

    // ------------------------------------------------------------------ comments

    @Test
    void commentsCarryTheNameDateAndTextOnlyAndReplyToTheirParent() {
        ObjectNode a = Graph.of(renderer.json(JsonLdTestContent.richPage())).node("NewsArticle");
        assertThat(a.get("commentCount").asInt()).isEqualTo(4);
        List<JsonNode> comments = Graph.values(a, "comment");
        assertThat(comments).extracting(c -> c.get("@id").asText().replaceAll(".*#", ""))
                .containsExactly("comment-c-1", "comment-c-2", "comment-c-5", "comment-c-6");
        assertThat(comments.get(0).get("author").toString()).isEqualTo("{\"@type\":\"Person\",\"name\":\"Samir\"}");
        assertThat(comments.get(1).get("parentItem").get("@id").asText()).endsWith("#comment-c-1");
        assertThat(comments.get(2).has("parentItem")).as("its parent is not public").isFalse();
    }

    @Test
    void theCapLimitsTheCommentsButNotTheCount() {
        ObjectNode one = Graph.of(JsonLdRenderer.builder().site(site).commentCap(1).build()
                .json(JsonLdTestContent.richPage())).node("NewsArticle");
        assertThat(one.get("commentCount").asInt()).isEqualTo(4);
        assertThat(Graph.values(one, "comment")).hasSize(1);
        ObjectNode none = Graph.of(JsonLdRenderer.builder().site(site).commentCap(0).build()
                .json(JsonLdTestContent.richPage())).node("NewsArticle");
        assertThat(none.get("commentCount").asInt()).isEqualTo(4);
        assertThat(none.has("comment")).isFalse();
    }

    @Test
    void hiddenCommentsAreNotInTheGraphAndClosedOnesAre() {
        Article hidden = JsonLdTestContent.richArticle().toBuilder().commentMode(CommentMode.HIDDEN).build();
        ObjectNode a = Graph.of(renderer.json(ArticlePage.builder(hidden).comments(JsonLdTestContent.richComments())
                .build())).node("NewsArticle");
        assertThat(a.has("commentCount")).isFalse();
        assertThat(a.has("comment")).isFalse();
        Article closed = hidden.toBuilder().commentMode(CommentMode.CLOSED).build();
        ObjectNode c = Graph.of(renderer.json(ArticlePage.builder(closed).comments(JsonLdTestContent.richComments())
                .build())).node("NewsArticle");
        assertThat(c.get("commentCount").asInt()).isEqualTo(4);
    }

    @Test
    void noCommentersEmailIpWebsiteOrTheirHashesAppear() throws Exception {
        String json = renderer.json(JsonLdTestContent.richPage());
        for (var comment : JsonLdTestContent.richComments()) {
            String email = comment.author().email().orElseThrow();
            assertThat(json).doesNotContain(email).doesNotContain(comment.author().ip().orElseThrow())
                    .doesNotContain(comment.author().url().orElseThrow()).doesNotContain("mail.example");
            for (String algorithm : List.of("MD5", "SHA-256")) {
                String hash = HexFormat.of().formatHex(MessageDigest.getInstance(algorithm)
                        .digest(email.getBytes(StandardCharsets.UTF_8)));
                assertThat(json).doesNotContainIgnoringCase(hash);
            }
        }
        assertThat(json).doesNotContain("Spammer").doesNotContain("Pending").doesNotContain("Buy now")
                .doesNotContain("Not yet public");
    }

    // ------------------------------------------------------------------ listings

    @Test
    void aListingListsItsArticlesInOrder() {
        Graph g = Graph.of(renderer.json(JsonLdTestContent.homePage()));
        ObjectNode list = g.node("ItemList");
        assertThat(list.get("numberOfItems").asInt()).isEqualTo(3);
        assertThat(Graph.values(list, "itemListElement")).extracting(i -> i.get("position").asInt() + " "
                + i.get("url").asText()).containsExactly(
                        "1 https://news.example.com/articles/ferry-service-to-aktau-resumes",
                        "2 https://news.example.com/articles/gas-exports-reach-a-record-as-new-pipeline-opens",
                        "3 https://news.example.com/articles/senators-question-security-cooperation-with-baku");
        assertThat(g.resolve(g.node("CollectionPage").get("mainEntity"))).isSameAs(list);
        assertThat(g.all("BreadcrumbList")).as("the home page has no trail").isEmpty();
    }

    @Test
    void anAuthorPageIsAProfilePageAboutThePerson() {
        Graph g = Graph.of(renderer.json(JsonLdTestContent.authorPage()));
        ObjectNode person = g.resolve(g.node("ProfilePage").get("mainEntity"));
        assertThat(person.get("name").asText()).isEqualTo("Rauf Həsənov");
        assertThat(person.get("description").asText()).startsWith("Rauf covers");
        assertThat(g.node("ItemList").get("numberOfItems").asInt()).isEqualTo(1);
    }

    @Test
    void anEmptyListingHasAnEmptyList() {
        String json = renderer.json(dev.broadsheet.render.ListingPage.tag(dev.broadsheet.model.Tag.of("Quiet"),
                List.of(), 1, 1));
        assertThat(Graph.of(json).node("ItemList").get("numberOfItems").asInt()).isZero();
        assertThat(Graph.of(json).node("ItemList").has("itemListElement")).isFalse();
        assertThat(SchemaOrgCheck.check(json).problems()).isEmpty();
    }

    private static List<String> ids(ObjectNode node, String property) {
        return Graph.values(node, property).stream().map(v -> v.get("@id").asText()).toList();
    }
}
