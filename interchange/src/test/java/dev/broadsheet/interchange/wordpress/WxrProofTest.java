package dev.broadsheet.interchange.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.model.Article;
import dev.broadsheet.model.Comment;
import dev.broadsheet.render.ArticlePage;
import dev.broadsheet.render.Site;
import dev.broadsheet.render.amp.AmpRenderer;
import dev.broadsheet.render.html.HtmlRenderer;
import dev.broadsheet.testing.AmpValidator;
import dev.broadsheet.testing.Browser;
import dev.broadsheet.testing.NuChecker;
import dev.broadsheet.testing.ScriptWatch;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a site gets from its WordPress archive is as safe and valid as anything else it publishes: every article
 * imported from the hand-written exports (hostile markup in bodies, comments, titles and alt texts; every core
 * shortcode; broken text; a Windows-1252 file) renders to an HTML page the Nu Html Checker passes and an AMP page
 * the official AMP validator passes, and neither runs a script in headless Chromium, while every element is
 * hovered, focused and clicked. No commenter's email or IP address reaches a page.
 */
class WxrProofTest {

    /** The exports, each with the site it came from. */
    static final Map<String, Site> EXPORTS = Map.of(
            "newsroom.wxr", Site.builder().name("Caspian Courier").baseUrl("https://courier.example").build(),
            "courrier-cp1252.wxr", Site.builder().name("Le Courrier caspien").baseUrl("https://courrier.example")
                    .language("fr").build(),
            "caspian-ledger.wxr", Site.builder().name("The Caspian Ledger").baseUrl("https://ledger.example").build());
    /** The AMP runtime's origin: its scripts are an AMP page's only ones. */
    static final String AMP_RUNTIME = "https://cdn.ampproject.org/";
    /** Any email address or IPv4/IPv6 address the exports' commenters have. */
    static final Pattern PRIVATE = Pattern.compile("[a-z]+@mail\\.example|198\\.51\\.100\\.|203\\.0\\.113\\.|2001:db8::");

    static Browser browser;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    /** Every imported article's HTML page and AMP page, by a name that says where it came from. */
    private static Map<String, String[]> pages() throws Exception {
        Map<String, String[]> pages = new LinkedHashMap<>();
        for (Map.Entry<String, Site> e : EXPORTS.entrySet()) {
            HtmlRenderer html = HtmlRenderer.builder().site(e.getValue()).build();
            AmpRenderer amp = AmpRenderer.of(html);
            List<ImportedArticle> imported = new ArrayList<>();
            try (InputStream in = WxrProofTest.class.getResourceAsStream(e.getKey())) {
                WxrImporter.builder().build().read(in, imported::add);
            }
            assertThat(imported).as(e.getKey()).isNotEmpty();
            for (ImportedArticle a : imported) {
                ArticlePage page = ArticlePage.builder(a.article()).comments(a.comments()).build();
                pages.put(e.getKey() + " " + a.wxrId(), new String[] {html.render(page), amp.render(page)});
            }
        }
        return pages;
    }

    @Test
    void everyImportedArticleRendersToHtmlThatTheNuCheckerPasses() throws Exception {
        Map<String, String[]> pages = pages();
        assertThat(pages).as("6 articles of the newsroom, 1 of the Windows-1252 export, 2 of the ledger").hasSize(9);
        for (Map.Entry<String, String[]> p : pages.entrySet()) {
            assertThat(NuChecker.check(p.getValue()[0])).as(p.getKey()).isEmpty();
        }
    }

    @Test
    @Timeout(300)
    void everyImportedArticleRendersToAmpThatTheAmpValidatorPasses() throws Exception {
        Map<Path, String> files = new LinkedHashMap<>();
        int i = 0;
        for (Map.Entry<String, String[]> p : pages().entrySet()) {
            Path file = dir.resolve("page-" + i++ + ".amp.html");
            Files.writeString(file, p.getValue()[1], StandardCharsets.UTF_8);
            files.put(file, p.getKey());
        }
        Map<Path, AmpValidator.Result> results = AmpValidator.validate(files.keySet());
        assertThat(results).hasSameSizeAs(files);
        results.forEach((file, result) -> assertThat(result.pass()).as("%s: %s", files.get(file), result).isTrue());
    }

    @Test
    @Timeout(300)
    void noImportedPageRunsAScriptInChromium() throws Exception {
        int exercised = 0;
        for (Map.Entry<String, String[]> p : pages().entrySet()) {
            ScriptWatch.Report html = browser.watchScripts(p.getValue()[0]);
            assertThat(html.fired()).as("%s HTML: %s", p.getKey(), html).isFalse();
            ScriptWatch.Report amp = browser.watchScripts(p.getValue()[1]);
            List<ScriptWatch.Event> own = amp.events().stream().filter(ev -> !(ev.kind() == ScriptWatch.Kind.SCRIPT
                    && ev.detail().contains(AMP_RUNTIME))).toList();
            assertThat(own).as("%s AMP: %s", p.getKey(), amp).isEmpty();
            exercised += html.elementsExercised() + amp.elementsExercised();
        }
        assertThat(exercised).as("the watch hovered, focused and clicked the pages' elements").isGreaterThan(100);
    }

    @Test
    void noCommentersEmailOrIpAddressReachesAPage() throws Exception {
        for (Map.Entry<String, String[]> p : pages().entrySet()) {
            assertThat(p.getValue()[0]).as(p.getKey()).doesNotContainPattern(PRIVATE);
            assertThat(p.getValue()[1]).as(p.getKey()).doesNotContainPattern(PRIVATE);
        }
    }

    @Test
    void theHostileMarkupWasThereAndIsGone() throws Exception {
        List<ImportedArticle> imported = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("newsroom.wxr")) {
            WxrImporter.builder().build().read(in, imported::add);
        }
        ImportedArticle post = imported.stream().filter(a -> a.wxrId().equals("201")).findFirst().orElseThrow();
        Article deal = post.article();
        assertThat(deal.headline()).isEqualTo("Pipeline deal signed in Baku");
        String body = deal.body().html();
        // (an on…= attribute, not the escaped alt text that spells one; the embeds' iframes are YouTube's and Vimeo's)
        assertThat(body).doesNotContainPattern("(?i)<script|<svg|<style|<form|<input|<object|<meta|javascript:"
                + "|\\son[a-z]+=[\"']|data:text|evil\\.example").contains("A styled paragraph.");
        List<Comment> comments = post.comments();
        assertThat(comments).extracting(c -> c.body().html())
                .noneMatch(html -> html.contains("javascript:") || html.contains("onmouseover") || html.contains("<script"));
    }
}
