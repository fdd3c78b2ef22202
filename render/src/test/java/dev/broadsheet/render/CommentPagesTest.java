package dev.broadsheet.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.broadsheet.comments.CommentThread;
import dev.broadsheet.html.HtmlPolicy;
import dev.broadsheet.html.Sanitizer;
import dev.broadsheet.model.Article;
import dev.broadsheet.model.Comment;
import dev.broadsheet.model.CommentStatus;
import dev.broadsheet.render.html.HtmlRenderer;
import dev.broadsheet.render.jsonld.JsonLdRenderer;
import dev.broadsheet.testing.NuChecker;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** An article's comments on pages of whole threads, as WordPress pages them. */
class CommentPagesTest {

    private static final HtmlRenderer HTML = HtmlRenderer.builder().site(TestContent.site()).build();
    private static final JsonLdRenderer JSON_LD = JsonLdRenderer.builder().site(TestContent.site()).build();
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Article ARTICLE = TestContent.article();
    private static final String URL = Links.of(TestContent.site()).article(ARTICLE);

    /** {@code threads} top-level comments, each with {@code replies} replies, ids t{n} and t{n}-r{m}. */
    private static List<Comment> threads(int threads, int replies) {
        List<Comment> comments = new ArrayList<>();
        for (int t = 1; t <= threads; t++) {
            comments.add(TestContent.comment("t" + t, null, "Reader" + t, "<p>Thread " + t + "</p>", t * 10L,
                    CommentStatus.APPROVED));
            for (int r = 1; r <= replies; r++) {
                comments.add(TestContent.comment("t" + t + "-r" + r, "t" + t, "Replier" + r,
                        "<p>Reply " + r + "</p>", t * 10L + r, CommentStatus.APPROVED));
            }
        }
        return comments;
    }

    private static List<String> shownIds(ArticlePage page) {
        List<String> ids = new ArrayList<>();
        for (CommentThread.Node n : page.shownComments()) {
            ids.add(n.comment().id());
        }
        return ids;
    }

    @Test
    void aPageShowsWholeThreadsUpToFiftyCommentsByDefault() {
        ArticlePage first = ArticlePage.builder(ARTICLE).comments(threads(120, 3)).build();

        assertThat(first.commentsPerPage()).isEqualTo(ArticlePage.DEFAULT_COMMENTS_PER_PAGE).isEqualTo(50);
        assertThat(first.commentPage()).isEqualTo(1);
        assertThat(first.commentPageCount()).as("12 threads of 4 comments a page").isEqualTo(10);
        assertThat(shownIds(first)).hasSize(12).startsWith("t1", "t2").endsWith("t12");
        assertThat(first.shownComments()).allSatisfy(n -> assertThat(n.replies()).hasSize(3));

        ArticlePage last = ArticlePage.builder(ARTICLE).comments(threads(120, 3)).commentPage(10).build();
        assertThat(shownIds(last)).hasSize(12).startsWith("t109").endsWith("t120");
    }

    @Test
    void threadsFillAPageInOrderUntilTheNextDoesNotFit() {
        List<Comment> comments = new ArrayList<>();
        int[] sizes = {3, 4, 2, 1, 5};
        for (int t = 0; t < sizes.length; t++) {
            comments.add(TestContent.comment("s" + t, null, "Reader", "<p>Thread</p>", t * 100L,
                    CommentStatus.APPROVED));
            for (int r = 1; r < sizes[t]; r++) {
                comments.add(TestContent.comment("s" + t + "-r" + r, "s" + t, "Replier", "<p>Reply</p>",
                        t * 100L + r, CommentStatus.APPROVED));
            }
        }
        ArticlePage.Builder b = ArticlePage.builder(ARTICLE).comments(comments).commentsPerPage(7);

        assertThat(b.commentPageCount()).isEqualTo(3);
        assertThat(shownIds(b.commentPage(1).build())).containsExactly("s0", "s1");
        assertThat(shownIds(b.commentPage(2).build())).containsExactly("s2", "s3");
        assertThat(shownIds(b.commentPage(3).build())).containsExactly("s4");
    }

    @Test
    void aThreadIsNeverSplitHoweverManyRepliesItHas() {
        List<Comment> comments = new ArrayList<>(threads(2, 0));
        for (int r = 1; r <= 500; r++) {
            comments.add(TestContent.comment("big-r" + r, r == 1 ? "t1" : "big-r" + (r - 1), "Replier",
                    "<p>Reply " + r + "</p>", 1000L + r, CommentStatus.APPROVED));
        }
        ArticlePage page = ArticlePage.builder(ARTICLE).comments(comments).build();

        assertThat(page.commentPageCount()).isEqualTo(2);
        assertThat(shownIds(page)).containsExactly("t1");
        assertThat(page.shownComments().get(0).size()).isEqualTo(501);
        assertThat(HTML.render(page)).contains("Reply 500").doesNotContain("Thread 2<");
    }

    @Test
    void theBuilderRefusesPagesThatDoNotExist() {
        ArticlePage.Builder b = ArticlePage.builder(ARTICLE).comments(threads(3, 1)).commentsPerPage(2);
        assertThat(b.commentPageCount()).isEqualTo(3);

        assertThatThrownBy(() -> b.commentPage(4).build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("commentPage 4 is past the last page of comments, 3 (3 threads, at most 2 comments a page)");
        assertThatThrownBy(() -> b.commentPage(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("commentPage must be at least 1, was 0");
        assertThatThrownBy(() -> b.commentsPerPage(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("commentsPerPage must be at least 1, was 0");
        assertThat(ArticlePage.builder(ARTICLE).build().commentPageCount()).isEqualTo(1);
        assertThat(ArticlePage.builder(ARTICLE).commentPage(1).build().shownComments()).isEmpty();
    }

    @Test
    void aThreadKeptByTheHostGivesTheSamePagesAsTheComments() {
        List<Comment> comments = threads(30, 2);
        CommentThread kept = CommentThread.of(comments);
        for (int p = 1; p <= 2; p++) {
            ArticlePage fromComments = ArticlePage.builder(ARTICLE).comments(comments).commentPage(p).build();
            ArticlePage fromThread = ArticlePage.builder(ARTICLE).commentThread(kept).commentPage(p).build();
            assertThat(HTML.render(fromThread)).isEqualTo(HTML.render(fromComments));
            assertThat(fromThread.comments()).isEmpty();
            assertThat(fromThread.commentThread()).isSameAs(kept);
        }
    }

    @Test
    void theMiddlePageLinksToBothNeighboursNamesItselfCanonicalAndCountsTheWholeArticle() {
        ArticlePage page = ArticlePage.builder(ARTICLE).comments(TestContent.threeThreads()).commentsPerPage(1)
                .commentPage(2).build();
        Document doc = Jsoup.parse(HTML.render(page));

        assertThat(doc.select("link[rel=canonical]").attr("href")).isEqualTo(URL + "?cpage=2");
        assertThat(doc.select("meta[property=og:url]").attr("content")).isEqualTo(URL + "?cpage=2");
        assertThat(doc.select("#bs-comments-title").text()).isEqualTo("4 comments");
        assertThat(doc.select(".bs-comment-list > li").eachAttr("id")).containsExactly("comment-c-4");
        assertThat(doc.select(".bs-comment-list li").eachAttr("id")).containsExactly("comment-c-4", "comment-c-5");
        Element nav = doc.selectFirst("nav.bs-comment-pages");
        assertThat(nav).isNotNull();
        assertThat(nav.attr("aria-label")).isEqualTo("Comment pages");
        assertThat(nav.select("a[rel=prev]").attr("href")).isEqualTo(URL + "#comments");
        assertThat(nav.select("a[rel=prev]").text()).isEqualTo("Older comments");
        assertThat(nav.select("a[rel=next]").attr("href")).isEqualTo(URL + "?cpage=3#comments");
        assertThat(nav.select("a[rel=next]").text()).isEqualTo("Newer comments");
        assertThat(nav.select(".bs-page").text()).isEqualTo("Page 2 of 3");
        assertThat(NuChecker.check(doc.outerHtml())).isEmpty();
    }

    @Test
    void theFirstAndLastPagesLinkOneWayAndASinglePageHasNoNavigation() {
        ArticlePage.Builder b = ArticlePage.builder(ARTICLE).comments(TestContent.threeThreads()).commentsPerPage(1);
        Document first = Jsoup.parse(HTML.render(b.commentPage(1).build()));
        Document last = Jsoup.parse(HTML.render(b.commentPage(3).build()));
        Document whole = Jsoup.parse(HTML.render(b.commentsPerPage(50).commentPage(1).build()));

        assertThat(first.select("link[rel=canonical]").attr("href")).isEqualTo(URL);
        assertThat(first.select("nav.bs-comment-pages a").eachAttr("rel")).containsExactly("next");
        assertThat(last.select("nav.bs-comment-pages a").eachAttr("rel")).containsExactly("prev");
        assertThat(last.select(".bs-comment-list > li").eachAttr("id")).containsExactly("comment-c-6");
        assertThat(whole.select("nav.bs-comment-pages")).isEmpty();
        assertThat(whole.select(".bs-comment-list > li")).hasSize(3);
    }

    @Test
    void aCopyOfAStoryPublishedElsewhereKeepsItsCanonicalOnEveryPageButLinksToOurPages() {
        Article copy = ARTICLE.toBuilder().canonicalUrl("https://agency.example/story/1").build();
        ArticlePage page = ArticlePage.builder(copy).comments(TestContent.threeThreads()).commentsPerPage(1)
                .commentPage(2).build();
        Document doc = Jsoup.parse(HTML.render(page));

        assertThat(doc.select("link[rel=canonical]").attr("href")).isEqualTo("https://agency.example/story/1");
        assertThat(doc.select("nav.bs-comment-pages a[rel=next]").attr("href")).isEqualTo(URL + "?cpage=3#comments");
    }

    @Test
    void jsonLdCountsEveryCommentButDescribesOnlyTheShownPage() throws Exception {
        ArticlePage page = ArticlePage.builder(ARTICLE).comments(TestContent.threeThreads()).commentsPerPage(1)
                .commentPage(2).build();
        JsonNode article = newsArticle(MAPPER.readTree(JSON_LD.json(page)));

        assertThat(article.get("commentCount").asInt()).isEqualTo(4);
        List<String> ids = new ArrayList<>();
        article.get("comment").forEach(c -> ids.add(c.get("@id").asText()));
        assertThat(ids).containsExactly(URL + "?cpage=2#comment-c-5");
        assertThat(article.get("comment").get(0).has("parentItem")).as("the removed parent is not described").isFalse();
        assertThat(article.get("@id").asText()).as("one article on every page").isEqualTo(URL + "#article");
    }

    @Test
    void jsonLdOfTheFirstPageLinksRepliesToTheirParents() throws Exception {
        ArticlePage page = ArticlePage.builder(ARTICLE).comments(TestContent.threeThreads()).commentsPerPage(1)
                .build();
        JsonNode comments = newsArticle(MAPPER.readTree(JSON_LD.json(page))).get("comment");

        assertThat(comments).hasSize(2);
        assertThat(comments.get(1).get("@id").asText()).isEqualTo(URL + "#comment-c-2");
        assertThat(comments.get(1).get("parentItem").get("@id").asText()).isEqualTo(URL + "#comment-c-1");
    }

    @Test
    void everyPageOfAHostileThreadStaysValidHtml() {
        List<Comment> comments = new ArrayList<>();
        for (int t = 0; t < 7; t++) {
            comments.add(Comment.builder().id("x" + t).articleId(ARTICLE.id())
                    .author(TestContent.comments().get(0).author())
                    .body(Sanitizer.sanitize("<p>\"><script>alert(" + t + ")</script>&lt;/ol&gt;</p>",
                            HtmlPolicy.comment()))
                    .createdAt(TestContent.PUBLISHED.plusSeconds(t)).status(CommentStatus.APPROVED).build());
        }
        ArticlePage.Builder b = ArticlePage.builder(ARTICLE).comments(comments).commentsPerPage(3);
        for (int p = 1; p <= b.commentPageCount(); p++) {
            String html = HTML.render(b.commentPage(p).build());
            assertThat(NuChecker.check(html)).as("page %d", p).isEmpty();
            assertThat(Jsoup.parse(html).select("script:not([type=application/ld+json])")).isEmpty();
        }
    }

    private static JsonNode newsArticle(JsonNode doc) {
        for (JsonNode n : doc.get("@graph")) {
            if (n.path("@type").toString().contains("\"NewsArticle\"")) {
                return n;
            }
        }
        throw new AssertionError("no NewsArticle in " + doc);
    }
}
