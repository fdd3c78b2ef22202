package dev.broadsheet.render.amp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.broadsheet.model.Article;
import dev.broadsheet.render.ArticlePage;
import dev.broadsheet.render.Links;
import dev.broadsheet.render.Site;
import dev.broadsheet.render.TestContent;
import dev.broadsheet.render.html.HtmlRenderer;
import dev.broadsheet.render.html.Part;
import dev.broadsheet.testing.XssVectors;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class AmpRendererTest {

    /** AMP's boilerplate as the AMP specification gives it. */
    static final String BOILERPLATE = "<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 "
            + "normal both;-moz-animation:-amp-start 8s steps(1,end) 0s 1 normal both;-ms-animation:-amp-start 8s "
            + "steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}@-webkit-keyframes "
            + "-amp-start{from{visibility:hidden}to{visibility:visible}}@-moz-keyframes -amp-start{from{visibility:"
            + "hidden}to{visibility:visible}}@-ms-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}"
            + "@-o-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}@keyframes -amp-start{from{"
            + "visibility:hidden}to{visibility:visible}}</style><noscript><style amp-boilerplate>body{"
            + "-webkit-animation:none;-moz-animation:none;-ms-animation:none;animation:none}</style></noscript>";

    private final HtmlRenderer html = HtmlRenderer.builder().site(TestContent.site()).build();
    private final AmpRenderer amp = AmpRenderer.of(html);
    private final Map<String, ArticlePage> pages = AmpPages.all();

    @Test
    void thePageHasTheMarkupAmpRequiresInItsOrder() {
        String page = amp.render(pages.get("article"));
        Document doc = Jsoup.parse(page);

        assertThat(page).startsWith("<!DOCTYPE html>\n<html ⚡ lang=\"en\" dir=\"ltr\">\n<head>\n"
                + "<meta charset=\"utf-8\">\n<script async src=\"https://cdn.ampproject.org/v0.js\"></script>\n");
        assertThat(page).contains(BOILERPLATE).contains("<meta name=\"viewport\" content=\"width=device-width, "
                + "initial-scale=1\">");
        assertThat(doc.selectFirst("style[amp-custom]").data().getBytes(StandardCharsets.UTF_8))
                .hasSize(amp.stylesheetBytes());
        assertThat(doc.select("script[type=application/ld+json]")).hasSize(1);
        assertThat(doc.select("link[rel=stylesheet], link[rel=amphtml]")).isEmpty();
        assertThat(page.indexOf("<script type=\"application/ld+json\">")).isGreaterThan(page.indexOf("amp-custom"));
    }

    @Test
    void theAmpPageAndTheHtmlPageLinkToEachOtherWithAbsoluteUrls() {
        ArticlePage page = pages.get("article");
        Document ampDoc = Jsoup.parse(amp.render(page));
        Document htmlDoc = Jsoup.parse(html.render(page));
        Links links = Links.of(TestContent.site());

        assertThat(ampDoc.select("link[rel=canonical]").attr("href")).isEqualTo(links.article(page.article()))
                .isEqualTo(htmlDoc.select("link[rel=canonical]").attr("href")).startsWith("https://");
        assertThat(htmlDoc.select("link[rel=amphtml]").attr("href")).isEqualTo(links.amp(page.article()))
                .startsWith("https://");
    }

    @Test
    void onlyTheExtensionsThePageUsesAreLoadedEachOnceWithItsVersion() {
        assertThat(extensions(amp.render(pages.get("article")))).containsExactly(
                "amp-form:https://cdn.ampproject.org/v0/amp-form-0.1.js",
                "amp-mustache:https://cdn.ampproject.org/v0/amp-mustache-0.2.js");
        assertThat(extensions(amp.render(pages.get("everything")))).containsExactly(
                "amp-form:https://cdn.ampproject.org/v0/amp-form-0.1.js",
                "amp-youtube:https://cdn.ampproject.org/v0/amp-youtube-0.1.js",
                "amp-vimeo:https://cdn.ampproject.org/v0/amp-vimeo-0.1.js",
                "amp-mustache:https://cdn.ampproject.org/v0/amp-mustache-0.2.js");
        assertThat(extensions(amp.render(pages.get("generic-embed"))))
                .contains("amp-iframe:https://cdn.ampproject.org/v0/amp-iframe-0.1.js")
                .doesNotContain("amp-youtube:https://cdn.ampproject.org/v0/amp-youtube-0.1.js");
    }

    private static List<String> extensions(String page) {
        List<String> found = new ArrayList<>();
        for (Element script : Jsoup.parse(page).select("script[custom-element], script[custom-template]")) {
            assertThat(script.hasAttr("async")).isTrue();
            found.add(script.attr(script.hasAttr("custom-element") ? "custom-element" : "custom-template") + ":"
                    + script.attr("src"));
        }
        return found;
    }

    @Test
    void bothFormsPostWithActionXhrToHttpsAndAnswerWithTemplates() {
        Document doc = Jsoup.parse(amp.render(pages.get("article")));

        assertThat(doc.select("form")).hasSize(2).allSatisfy(form -> {
            assertThat(form.attr("method")).isEqualTo("post");
            assertThat(form.hasAttr("action")).isFalse();
            assertThat(form.attr("action-xhr")).startsWith("https://news.example.com/");
            assertThat(form.select("> div[submit-success] > template[type=amp-mustache]")).hasSize(1);
            assertThat(form.select("> div[submit-error] > template[type=amp-mustache]")).hasSize(1);
        });
        assertThat(doc.select("form.bs-form").first().attr("action-xhr")).isEqualTo("https://news.example.com/comments");
        assertThat(doc.select("div[submit-success] template").first().html())
                .contains("{{^message}}Your comment is awaiting moderation.{{/message}}");
        assertThat(doc.select(".bs-hp input[name=bs_hp]")).hasSize(1);
    }

    @Test
    void anAmpPageCarriesNoCsrfTokenWhileTheHtmlPageDoes() {
        ArticlePage page = pages.get("form-errors");

        assertThat(html.render(page)).contains("csrf-secret-token");
        assertThat(amp.render(page)).doesNotContain("csrf-secret-token").doesNotContain("csrf_token");
    }

    @Test
    void aFormWithErrorsKeepsWhatWasTypedEscapedAndShowsEachMessage() {
        Document doc = Jsoup.parse(amp.render(pages.get("form-errors")));

        assertThat(doc.select("#bs-comment-name").attr("value")).isEqualTo("Samir <b>\"quoted\"</b>");
        assertThat(doc.select("#bs-comment-comment").text()).isEqualTo("<script>alert(1)</script>");
        assertThat(doc.select("#bs-comment-email-error").text()).isEqualTo("Enter a valid email address.");
        assertThat(doc.select("#bs-newsletter-consent-error").text()).isEqualTo("Please tick the box.");
        assertThat(doc.select("input[name=parent_id]").attr("value")).isEqualTo("c-1");
        assertThat(doc.select("script:not([src]):not([type=application/ld+json])")).isEmpty();
    }

    @Test
    void approvedCommentsAreThreadedAsOnTheHtmlPage() {
        Document doc = Jsoup.parse(amp.render(pages.get("comments")));

        assertThat(doc.selectFirst("#comment-c-4").parents().stream().filter(e -> e.is("li.bs-comment"))
                .map(Element::id)).containsExactly("comment-c-2", "comment-c-1");
        assertThat(doc.select("li.bs-comment").eachAttr("id"))
                .containsExactly("comment-c-1", "comment-c-2", "comment-c-4", "comment-c-5");
        assertThat(doc.text()).doesNotContain("cheap pills").doesNotContain("Pending.")
                .doesNotContain("mail.example").doesNotContain("203.0.113.9");
    }

    @Test
    void anArabicArticleIsRightToLeft() {
        assertThat(amp.render(pages.get("rtl-arabic"))).contains("<html ⚡ lang=\"ar\" dir=\"rtl\">");
    }

    @Test
    void aPaywalledArticleMarksItsPaywalledPartAsTheHtmlPageDoes() {
        Document doc = Jsoup.parse(amp.render(pages.get("paywalled")));

        assertThat(doc.select(".bs-body > p")).hasSize(2);
        assertThat(doc.select(".bs-body > .bs-paywalled amp-img")).hasSize(1);
        assertThat(doc.select(".bs-paywall-note")).hasSize(1);
    }

    @Test
    void noPageHasEventHandlersInlineStylesScriptUrlsOrImgTags() {
        List<String> rendered = new ArrayList<>();
        pages.values().forEach(p -> rendered.add(amp.render(p)));
        for (XssVectors.Vector v : XssVectors.all()) {
            rendered.add(amp.render(AmpValidityTest.xssPage(v)));
        }
        for (String page : rendered) {
            Document doc = Jsoup.parse(page);
            for (Element e : doc.getAllElements()) {
                assertThat(e.normalName()).isNotIn("img", "iframe", "video", "audio", "object", "embed", "svg");
                for (Attribute a : e.attributes()) {
                    assertThat(a.getKey()).doesNotStartWith("on").isNotEqualTo("style");
                    assertThat(a.getValue().strip().toLowerCase(java.util.Locale.ROOT))
                            .doesNotStartWith("javascript:").doesNotStartWith("data:");
                }
            }
            assertThat(doc.select("script").eachAttr("src")).allMatch(s -> s.startsWith("https://cdn.ampproject.org/"));
            assertThat(page).doesNotContainIgnoringCase("@import").doesNotContainIgnoringCase("!important");
        }
    }

    @Test
    void aSiteReplacesAPartForAmpOnlyAndItsHtmlReplacementsApplyToAmpToo() {
        HtmlRenderer custom = HtmlRenderer.builder().site(TestContent.site())
                .part(Part.SITE_FOOTER, (p, ctx) -> ctx.out().start("footer", "bs-site-footer").text("HTML footer")
                        .end("footer"))
                .part(Part.IMAGE, (image, ctx) -> {
                    ctx.out().start("div", "site-image");
                    ctx.renderDefault(Part.IMAGE, image);
                    ctx.out().end("div");
                })
                .build();
        AmpRenderer ampOnly = AmpRenderer.builder(custom)
                .part(Part.SITE_FOOTER, (p, ctx) -> ctx.out().start("footer", "bs-site-footer").text("AMP footer")
                        .end("footer"))
                .build();
        ArticlePage page = pages.get("article");

        assertThat(custom.render(page)).contains("HTML footer").contains("<div class=\"site-image\"><img ");
        assertThat(ampOnly.render(page)).contains("AMP footer").doesNotContain("HTML footer")
                .contains("<div class=\"site-image\"><amp-img ");
        assertThat(AmpRenderer.of(custom).render(page)).contains("HTML footer");
    }

    @Test
    void aStylesheetThatDoesNotFitFailsTheBuildWithItsSize() {
        assertThatThrownBy(() -> AmpRenderer.builder(html).stylesheet(".x{color:red}".repeat(6_000)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("78,")
                .hasMessageContaining("75,000 bytes");
        assertThatThrownBy(() -> AmpRenderer.builder(html).stylesheet("p{color:red!important}").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("!important");
    }

    @Test
    void aSubscribeActionThatIsNotHttpsFailsTheBuild() {
        Site site = TestContent.site().toBuilder().baseUrl("http://news.example.com").build();

        assertThatThrownBy(() -> AmpRenderer.of(HtmlRenderer.builder().site(site).build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("subscribeAction()").hasMessageContaining("http://news.example.com/newsletter");
    }

    @Test
    void aRelativeCanonicalUrlOrAnHttpCommentActionFailsTheRenderBeforeAnythingIsWritten() {
        Links relative = links("/articles/", "https://news.example.com/comments");
        Links httpComments = links("https://news.example.com/articles/", "http://news.example.com/comments");
        StringBuilder out = new StringBuilder();

        assertThatThrownBy(() -> AmpRenderer.of(HtmlRenderer.builder().site(TestContent.site()).links(relative)
                .build()).render(pages.get("article"), out))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("/articles/");
        assertThatThrownBy(() -> AmpRenderer.of(HtmlRenderer.builder().site(TestContent.site()).links(httpComments)
                .build()).render(pages.get("article"), out))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("http://news.example.com/comments");
        assertThat(out).isEmpty();
    }

    /** Links with an article URL prefix and a comment action of their own. */
    private static Links links(String articlePrefix, String commentAction) {
        return new Links() {
            @Override
            public String baseUrl() {
                return "https://news.example.com";
            }

            @Override
            public String article(Article article) {
                return articlePrefix + article.slug();
            }

            @Override
            public String commentAction(Article article) {
                return commentAction;
            }
        };
    }

    @Test
    @Timeout(60)
    void oneRendererServesManyThreadsWithIdenticalOutput() throws Exception {
        List<ArticlePage> two = List.of(pages.get("everything"), pages.get("youtube"));
        List<String> expected = List.of(amp.render(two.get(0)), amp.render(two.get(1)));
        List<Callable<String>> calls = IntStream.range(0, 400)
                .mapToObj(i -> (Callable<String>) () -> amp.render(two.get(i % 2))).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = pool.invokeAll(calls);
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get()).isEqualTo(expected.get(i % 2));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
