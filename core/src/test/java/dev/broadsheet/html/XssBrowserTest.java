package dev.broadsheet.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.testing.Browser;
import dev.broadsheet.testing.Pages;
import dev.broadsheet.testing.ScriptWatch;
import dev.broadsheet.testing.XssVectors;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The browser proof: every vector of the public XSS corpus, through each policy and through Markdown, placed in a
 * minimal page and loaded in real headless Chromium, which hovers, focuses and clicks every element. No script
 * may run: no dialog, no {@code javascript:} navigation, no inline handler, no script element (see
 * {@code ScriptWatch} in test-support for what is watched). A missing browser fails the test; it is never skipped.
 */
class XssBrowserTest {

    private static final Map<String, Function<String, SafeHtml>> CLEANERS = Map.of(
            "article", html -> Sanitizer.sanitize(html, HtmlPolicy.article()),
            "comment", html -> Sanitizer.sanitize(html, HtmlPolicy.comment()),
            "text", html -> Sanitizer.sanitize(html, HtmlPolicy.text()),
            "markdown", md -> Markdown.toHtml(md, HtmlPolicy.article()));

    private static Browser browser;

    @BeforeAll
    static void start() {
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    /**
     * One test per distinct sanitized output: many vectors clean to the same markup (often to nothing), and the
     * same markup behaves the same in the browser, so each distinct page is loaded once and the test's name lists
     * every vector and cleaner that produced it.
     */
    @TestFactory
    Stream<DynamicTest> noVectorRunsScriptInChromiumAfterSanitizing() {
        List<XssVectors.Vector> vectors = XssVectors.all();
        assertThat(vectors).hasSize(149);
        Map<String, List<String>> sources = new LinkedHashMap<>();
        for (String cleaner : List.of("article", "comment", "text", "markdown")) {
            for (XssVectors.Vector v : vectors) {
                String clean = CLEANERS.get(cleaner).apply(v.payload()).html();
                sources.computeIfAbsent(clean, k -> new ArrayList<>()).add(cleaner + ":" + v.id());
            }
        }
        int combinations = vectors.size() * CLEANERS.size();
        System.out.printf("XssBrowserTest: %d vectors x %d cleaners = %d sanitized outputs, %d distinct pages%n",
                vectors.size(), CLEANERS.size(), combinations, sources.size());
        return sources.entrySet().stream().map(e -> DynamicTest.dynamicTest(
                "page for " + e.getValue().size() + " of " + combinations + ": " + summary(e.getValue()), () -> {
                    ScriptWatch.Report report = browser.watchScripts(Pages.wrapBody(e.getKey()));
                    assertThat(report.events()).as("%s gave %s", e.getValue(), e.getKey()).isEmpty();
                }));
    }

    private static String summary(List<String> ids) {
        return ids.size() <= 4 ? String.join(", ", ids) : String.join(", ", ids.subList(0, 4)) + ", ...";
    }
}
