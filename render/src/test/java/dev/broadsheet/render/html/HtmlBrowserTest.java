package dev.broadsheet.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.render.Hostile;
import dev.broadsheet.render.RenderCases;
import dev.broadsheet.render.Site;
import dev.broadsheet.render.Stylesheet;
import dev.broadsheet.render.TestContent;
import dev.broadsheet.testing.Browser;
import dev.broadsheet.testing.NuChecker;
import dev.broadsheet.testing.ScriptWatch;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The rendered pages in headless Chromium, served from the same origin as their stylesheet: axe-core finds no
 * WCAG 2.1 A/AA violation, the strict Content-Security-Policy of issue 4 reports nothing, and hostile content in
 * every field runs no script.
 */
class HtmlBrowserTest {

    /** The policy a site may serve Broadsheet pages under. */
    static final String STRICT_CSP =
            "default-src 'self'; script-src 'none'; style-src 'self'; img-src https: data:";

    /** The same policy for a page with video embeds, which must name the embed hosts (the README says so). */
    static final String STRICT_CSP_WITH_EMBEDS = STRICT_CSP
            + "; frame-src https://www.youtube.com https://www.youtube-nocookie.com https://player.vimeo.com";

    private static Browser browser;
    private static String origin;
    private static HtmlRenderer renderer;

    @BeforeAll
    static void start() {
        browser = Browser.start();
        URI css = browser.serve("/assets/broadsheet.css", "text/css; charset=utf-8", Stylesheet.css(), Map.of());
        origin = css.getScheme() + "://" + css.getAuthority();
        Site site = TestContent.site().toBuilder().baseUrl(origin).logo(null).build();
        renderer = HtmlRenderer.builder().site(site).build();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyPageHasNoAccessibilityViolations() {
        return RenderCases.pages().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            browser.load(renderer.render(e.getValue()));
            assertThat(browser.axe()).as(e.getKey()).isEmpty();
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyPageWorksUnderAStrictContentSecurityPolicy() {
        return RenderCases.pages().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            String html = renderer.render(e.getValue());
            String policy = html.contains("<iframe") ? STRICT_CSP_WITH_EMBEDS : STRICT_CSP;
            assertThat(browser.cspViolations(html, policy)).as(e.getKey()).isEmpty();
        }));
    }

    @Test
    void hostileValuesInEveryFieldStayText() {
        HtmlRenderer hostile = HtmlRenderer.builder().site(Hostile.site(origin)).build();
        String html = hostile.render(Hostile.page());
        ScriptWatch.Report report = browser.watchScripts(html);
        assertThat(report.events()).as("scripts that ran").isEmpty();
        assertThat(report.elementsExercised()).isGreaterThan(50);
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("script")).as("only the JSON-LD block").hasSize(1)
                .allSatisfy(s -> assertThat(s.attr("type")).isEqualTo("application/ld+json"));
        assertThat(doc.select("svg, iframe, object, embed, [onerror], [onload], [onclick]")).isEmpty();
        assertThat(html).doesNotContain("evil@mail.example").doesNotContain("198.51.100.66");
        assertThat(NuChecker.check(html)).isEmpty();
        List<String> texts = new ArrayList<>();
        doc.select("h1, .bs-dek, .bs-site-name, .bs-notice, .bs-comment-author, figcaption").forEach(
                el -> texts.add(el.text()));
        assertThat(texts).allSatisfy(t -> assertThat(t).contains("<script>alert(1)</script>"));
        // the hostile content's own images (an http logo, a relative image) may break img-src; no script may run
        assertThat(browser.cspViolations(html, STRICT_CSP)).noneMatch(m -> m.contains("script-src"));
    }
}
