package dev.broadsheet.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The script-execution watch must fire on every known-executing payload and stay quiet on harmless pages. */
class ScriptWatchTest {

    static Browser browser;

    @BeforeAll
    static void start() {
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    /** The positive controls: every raw corpus payload that ran script in Chromium 156 must be reported. */
    @Test
    void everyRawPayloadKnownToExecuteInChromiumIsDetected() {
        List<XssVectors.Vector> executed = XssVectors.executedInChromium();
        List<String> missed = new ArrayList<>();
        for (XssVectors.Vector v : executed) {
            ScriptWatch.Report report = browser.watchScripts(Pages.wrapBody(v.payload()));
            if (!report.fired()) {
                missed.add(v.id() + ": " + report);
            }
        }

        System.out.printf("ScriptWatch positive controls: %d of %d raw payloads marked chromium_raw=EXECUTED detected%n",
                executed.size() - missed.size(), executed.size());
        assertThat(executed).hasSize(10);
        assertThat(missed).isEmpty();
    }

    /** The negative control: interactive but harmless markup, exercised the same way, reports nothing. */
    @Test
    void aHarmlessPageWithLinksFormsAndControlsReportsNothing() {
        String page = Pages.wrapBody("""
                <header><nav><a href="#main">Skip</a> <a href="https://news.example/world">World</a>
                <a href="/relative">Relative</a> <a href="mailto:desk@news.example">Mail</a>
                <a href="https://news.example/x" target="_blank" rel="noopener">New tab</a></nav></header>
                <main id="main"><h1>Headline</h1><p>Body <em>text</em> with a <abbr title="title">tip</abbr>.</p>
                <figure><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="pixel" width="10" height="10">
                <figcaption>Caption</figcaption></figure>
                <details><summary>More</summary><p>Hidden text</p></details>
                <form action="https://news.example/comment" method="post"><label for="c">Comment</label>
                <textarea id="c" name="c"></textarea><input type="email" name="e" aria-label="Email">
                <input type="checkbox" name="k" aria-label="Consent"><button type="submit">Post</button></form>
                <form><button>Submit to self</button></form>
                <button type="button">Plain button</button>
                <div contenteditable="true" tabindex="0">Editable</div>
                <svg width="20" height="20" role="img" aria-label="dot"><a href="https://news.example/"><circle cx="10" cy="10" r="5"/></a></svg>
                <script type="application/ld+json">{"@type": "NewsArticle"}</script>
                </main>
                """);

        ScriptWatch.Report report = browser.watchScripts(page);

        System.out.printf("ScriptWatch negative control: %d events on a harmless page (%d elements exercised, %d clicked)%n",
                report.events().size(), report.elementsExercised(), report.elementsClicked());
        assertThat(report.events()).isEmpty();
        assertThat(report.elementsExercised()).isGreaterThan(30);
        assertThat(report.elementsClicked()).isGreaterThan(10);
    }

    /** Each route on its own, with script that calls no dialog (caught by the report-only policy). */
    @ParameterizedTest
    @ValueSource(strings = {
        "<img src=\"missing.png\" onerror=\"document.title = 'x'\" alt=\"\">",
        "<p onmouseover=\"document.title = 'x'\">hover me</p>",
        "<a href=\"javascript:void(0)\">click me</a>",
        "<a href=\"java&#x09;script:void(0)\">obfuscated</a>",
        "<form action=\"javascript:void(0)\"><button>go</button></form>",
        "<div ondragover=\"event.preventDefault()\">drop</div>",
        "<video src=\"missing.mp4\" onratechange=\"document.title = 'x'\"></video>",
        "<script>var x = 1;</script>",
        "<iframe srcdoc=\"<script>parent.document.title = 1</script>\"></iframe>",
        "<button onclick=\"window.open('https://news.example/')\">open</button>",
        "<a href=\"javascript:'<p>replaced</p>'\">replace the document</a>",
    })
    void scriptThatCallsNoDialogIsDetected(String body) {
        ScriptWatch.Report report = browser.watchScripts(Pages.wrapBody(body));

        assertThat(report.fired()).as("%s", report).isTrue();
    }

    @Test
    void dialogsInFramesAreDetected() {
        ScriptWatch.Report report = browser.watchScripts(Pages.wrapBody(
                "<iframe srcdoc=\"<img src=x onerror=alert(1)>\"></iframe>"));

        assertThat(report.events()).extracting(ScriptWatch.Event::kind).contains(ScriptWatch.Kind.DIALOG);
    }

    @Test
    void leavingThePageOrOpeningAWindowIsReported() {
        ScriptWatch.Report refresh = browser.watchScripts(Pages.wrapBody(
                "<meta http-equiv=\"refresh\" content=\"0; url=/elsewhere\"><p>x</p>"));
        ScriptWatch.Report newTab = browser.watchScripts(Pages.wrapBody(
                "<a href=\"about:blank\" target=\"_blank\">new tab</a>"));

        assertThat(refresh.events()).extracting(ScriptWatch.Event::kind).contains(ScriptWatch.Kind.PAGE_REPLACED);
        assertThat(newTab.events()).extracting(ScriptWatch.Event::kind).contains(ScriptWatch.Kind.NEW_WINDOW);
        assertThat(browser.driver().getWindowHandles()).hasSize(1);
    }

    @Test
    void nothingOfAPageWhereScriptRanLeaksIntoTheNextWatch() {
        ScriptWatch.Report noisy = browser.watchScripts(Pages.wrapBody(
                "<img src=\"missing.png\" alt=\"\" onerror=\"setInterval(function () { alert(2); }, 20)\">"));
        ScriptWatch.Report quiet = browser.watchScripts(Pages.wrapBody("<p>Quiet</p>"));

        assertThat(noisy.fired()).isTrue();
        assertThat(quiet.events()).isEmpty();
    }

    @Test
    void aPageCannotPutTheOriginalAlertBack() {
        ScriptWatch.Report report = browser.watchScripts(Pages.wrapBody(
                "<script>try { delete window.alert; } catch (e) {} window.alert = null; alert(3);</script>"));

        assertThat(report.events()).extracting(ScriptWatch.Event::kind).contains(ScriptWatch.Kind.DIALOG);
    }
}
