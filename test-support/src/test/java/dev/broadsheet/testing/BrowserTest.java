package dev.broadsheet.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The browser's CSP check, axe-core, screenshots and page serving, each with a control that must fail. */
class BrowserTest {

    static final String STRICT_CSP = "default-src 'self'; script-src 'none'; style-src 'self'; img-src https: data:";

    static Browser browser;

    @BeforeAll
    static void start() {
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    @Test
    void anInlineClickHandlerViolatesScriptSrcNone() {
        List<String> violations = browser.cspViolations(
                Pages.wrapBody("<button type=\"button\" onclick=\"document.title = 'x'\">Press</button>"),
                "default-src 'self'; script-src 'none'");

        System.out.printf("CSP positive control: %d violation message(s) for an inline onclick%n", violations.size());
        assertThat(violations).isNotEmpty()
                .allSatisfy(m -> assertThat(m).contains("Content Security Policy"))
                .anySatisfy(m -> assertThat(m).contains("inline event handler"));
    }

    @Test
    void inlineStyleAndInlineScriptViolateTheStrictPolicy() {
        List<String> violations = browser.cspViolations(
                Pages.wrapBody("<p style=\"color: red\">styled</p><script>var x = 1;</script>"), STRICT_CSP);

        assertThat(violations).anySatisfy(m -> assertThat(m).contains("style-src"))
                .anySatisfy(m -> assertThat(m).contains("inline script"));
    }

    @Test
    void aCleanPageWithAStylesheetAndJsonLdHasNoViolations() {
        browser.serve("/css/site.css", "text/css; charset=utf-8", "body { font-family: serif; }", Map.of());
        String page = """
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Clean</title>
                <link rel="stylesheet" href="/css/site.css">
                <script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle"}</script>
                </head><body><main><h1>Clean</h1><p><a href="https://news.example/">A link</a></p>
                <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="pixel">
                <form action="https://news.example/subscribe" method="post"><label>Email <input type="email" name="e"></label>
                <button>Subscribe</button></form></main></body></html>
                """;

        List<String> violations = browser.cspViolations(page, STRICT_CSP);

        System.out.printf("CSP negative control: %d violation message(s) for a clean page%n", violations.size());
        assertThat(violations).isEmpty();
    }

    @Test
    void axeReportsAnImageWithoutAlt() {
        browser.load(Pages.wrapBody("<main><h1>Pictures</h1><img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\"></main>"));

        List<Axe.Violation> violations = browser.axe();

        assertThat(violations).extracting(Axe.Violation::id).containsExactly("image-alt");
        assertThat(violations.get(0).targets()).containsExactly("img");
    }

    @Test
    void axeFindsNothingWhenTheImageHasAlt() {
        browser.load(Pages.wrapBody("<main><h1>Pictures</h1><img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\" alt=\"A pixel\"></main>"));

        assertThat(browser.axe()).isEmpty();
    }

    @Test
    void axeRunsUnderAPolicyThatForbidsAllScripts() {
        browser.load(Pages.wrapBody("<main><h1>Pictures</h1><img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\"></main>"),
                Map.of("Content-Security-Policy", "script-src 'none'"));

        assertThat(browser.axe()).extracting(Axe.Violation::id).containsExactly("image-alt");
    }

    @ParameterizedTest
    @ValueSource(ints = {390, 1280})
    void screenshotsHaveTheRequestedWidthAndTheWholePageHeight(int width, @TempDir Path dir) throws IOException {
        browser.load(Pages.wrapBody("<main><h1>Tall</h1><div style=\"height: 2000px\">x</div></main>"));

        Path png = browser.screenshot(dir.resolve("shots/page.png"), width);

        ByteBuffer header = ByteBuffer.wrap(Files.readAllBytes(png), 16, 8);
        assertThat(header.getInt()).isEqualTo(width);
        assertThat(header.getInt()).isGreaterThan(2000);
    }

    @Test
    void servedPagesCarryTheirHeaders() {
        var url = browser.load("<!DOCTYPE html><title>t</title><p id=\"p\">hello",
                Map.of("Content-Security-Policy", "script-src 'none'"));

        assertThat(url.getHost()).isEqualTo("127.0.0.1");
        assertThat(browser.driver().getTitle()).isEqualTo("t");
        assertThat(browser.cspViolations(url)).isEmpty();
    }

    @Test
    void aMissingChromiumIsAFailureThatSaysHowToInstallIt(@TempDir Path dir) {
        String old = System.getProperty("broadsheet.chromium");
        System.setProperty("broadsheet.chromium", dir.resolve("no-chromium").toString());
        try {
            assertThatThrownBy(Browser::start).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("broadsheet.chromium").hasMessageContaining("bin/test");
        } finally {
            if (old == null) {
                System.clearProperty("broadsheet.chromium");
            } else {
                System.setProperty("broadsheet.chromium", old);
            }
        }
    }

}
