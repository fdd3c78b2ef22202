package dev.broadsheet.examples.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.comments.CommentThread;
import dev.broadsheet.fixtures.Fixtures;
import dev.broadsheet.fixtures.HostileFixtures;
import dev.broadsheet.json.BroadsheetJson;
import dev.broadsheet.model.Article;
import dev.broadsheet.model.ArticleStatus;
import dev.broadsheet.model.Comment;
import dev.broadsheet.model.CommentStatus;
import dev.broadsheet.render.ArticlePage;
import dev.broadsheet.render.Site;
import dev.broadsheet.render.html.HtmlRenderer;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A site's page tests, written against Broadsheet's fixtures instead of hand-made content. */
class FixturePagesTest {

    private static final Site SITE = Site.builder().name("The Example Ledger").baseUrl("https://news.example.com")
            .zone("Asia/Baku").build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().site(SITE).build();

    private static String html(Article article, List<Comment> comments) {
        return RENDERER.render(ArticlePage.builder(article).comments(comments).build());
    }

    private static Document page(Article article) {
        return Jsoup.parse(html(article, Fixtures.comments(article.id())));
    }

    @Test
    void theHeadlineIsTheOnlyH1AndTheSeedAnatomyIsThere() {
        Article story = Fixtures.foreignAffairs();
        Document page = page(story);
        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.selectFirst("h1").text()).isEqualTo(story.headline());
        assertThat(page.selectFirst(".bs-kicker").text()).isEqualTo("South Caucasus");
        assertThat(page.selectFirst(".bs-dek").text()).isEqualTo(story.dek().orElseThrow());
        assertThat(page.selectFirst(".bs-byline").text()).contains("Daniel Okafor-Reyes", "Tamar Beridze");
        assertThat(page.selectFirst(".bs-source").text()).contains("Caspian Wire", "BRUSSELS");
        assertThat(page.select(".bs-body blockquote")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(page.text()).contains("Leave a Reply", "Your email address will not be published", "Newsletter");
        assertThat(page.select("a[href=#top]")).isNotEmpty();
    }

    @Test
    void noCommenterEmailOrIpAddressReachesAnyPage() {
        for (Article article : Fixtures.articles()) {
            if (article.status() != ArticleStatus.PUBLISHED) {
                continue;
            }
            String page = html(article, Fixtures.comments(article.id())).toLowerCase(Locale.ROOT);
            for (Comment c : Fixtures.comments()) {
                c.author().email().ifPresent(e -> assertThat(page).as(article.id()).doesNotContain(e.toLowerCase(Locale.ROOT)));
                c.author().ip().ifPresent(ip -> assertThat(page).as(article.id()).doesNotContain(ip));
            }
        }
    }

    @Test
    void onlyApprovedCommentsAreShownAndARemovedParentKeepsItsReplies() {
        Document page = page(Fixtures.foreignAffairs());
        for (Comment c : Fixtures.comments(Fixtures.foreignAffairs().id())) {
            Element li = page.getElementById("comment-" + c.id());
            if (c.status() == CommentStatus.APPROVED) {
                assertThat(li).as(c.id()).isNotNull();
                assertThat(li.selectFirst(".bs-comment-author").text()).isEqualTo(c.author().name());
            } else if (c.id().equals("c-1007")) {
                // trashed, but two approved replies hang below it: a placeholder, never its text or author
                assertThat(li.hasClass("bs-comment-removed")).isTrue();
                assertThat(li.ownText() + li.child(0).text()).doesNotContain("Typical Brussels", "RealTalk88");
                assertThat(li.select("#comment-c-1008, #comment-c-1009")).hasSize(2);
            } else {
                assertThat(li).as(c.id() + " is " + c.status()).isNull();
            }
        }
        assertThat(page.text()).doesNotContain("cheap-pills", "Limited offer", "Then redact the names");
    }

    @Test
    void theDeepThreadIsNestedInTheMarkup() {
        Element deepest = page(Fixtures.foreignAffairs()).getElementById("comment-c-1005");
        assertThat(nesting(deepest)).isEqualTo(4);
    }

    @Test
    void everyPublishedFixtureRendersWithOneH1AndNoScriptButJsonLd() {
        for (Article article : Fixtures.articles()) {
            if (article.status() != ArticleStatus.PUBLISHED) {
                continue;
            }
            Document page = page(article);
            assertThat(page.select("h1")).as(article.id()).hasSize(1);
            assertThat(page.select("script")).as(article.id())
                    .allSatisfy(s -> assertThat(s.attr("type")).isEqualTo("application/ld+json"));
            assertThat(page.select("[^on]")).as(article.id() + " has an event-handler attribute").isEmpty();
            assertThat(page.select("[href^=javascript:], [src^=javascript:]")).as(article.id()).isEmpty();
        }
    }

    @Test
    void anArabicArticleIsRenderedRightToLeft() {
        Document page = page(Fixtures.arabic());
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("ar");
        assertThat(page.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(page.selectFirst("h1").text()).isEqualTo(Fixtures.arabic().headline());
    }

    @Test
    void theMultimediaArticleKeepsItsFigureVideoAndTable() {
        Document page = page(Fixtures.multimedia());
        assertThat(page.select(".bs-body figure img[alt]")).hasSize(1);
        assertThat(page.select(".bs-body iframe[src^=https://www.youtube-nocookie.com/embed/][title][loading=lazy]")).hasSize(1);
        assertThat(page.select(".bs-body table th")).hasSize(4);
    }

    @Test
    @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aThreadWithAParentCycleAndAnOrphanRendersEveryCommentOnce() {
        // the loop t-2 -> t-4 -> t-3 is broken at its first comment, which is shown at the top level
        Document page = pageWithHostileThread("comments.cycle-and-orphan");
        assertThat(page.select("li.bs-comment")).extracting(e -> e.id())
                .containsExactly("comment-t-1", "comment-t-2", "comment-t-3", "comment-t-4", "comment-t-5",
                        "comment-t-6");
    }

    @Test
    @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aTenThousandReplyChainRendersFlattenedBelowTheMaximumDepth() {
        Document page = pageWithHostileThread("comments.reply-chain.10000");
        assertThat(page.select("li.bs-comment")).hasSize(10_000);
        int deepest = page.select("li.bs-comment").stream().mapToInt(FixturePagesTest::nesting).max().orElse(0);
        assertThat(deepest).isEqualTo(CommentThread.DEFAULT_MAX_DEPTH - 1);
    }

    /** A fixture page under the hostile comments' article id, showing a hostile thread. */
    private static Document pageWithHostileThread(String caseId) {
        List<Comment> comments = BroadsheetJson.storage().readList(HostileFixtures.get(caseId).input(), Comment.class);
        Article article = Fixtures.foreignAffairs().toBuilder().id(comments.get(0).articleId()).build();
        return Jsoup.parse(html(article, comments));
    }

    /** How many reply lists a comment is nested in: 0 for a top-level comment. */
    private static int nesting(Element comment) {
        return (int) comment.parents().stream().filter(e -> e.is("ol.bs-comment-replies")).count();
    }
}
