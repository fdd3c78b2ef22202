package dev.broadsheet.render.email;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.fixtures.Fixtures;
import dev.broadsheet.html.HtmlPolicy;
import dev.broadsheet.html.Sanitizer;
import dev.broadsheet.model.Article;
import dev.broadsheet.model.ArticleStatus;
import dev.broadsheet.model.Byline;
import dev.broadsheet.model.Image;
import dev.broadsheet.model.Person;
import dev.broadsheet.render.Labels;
import dev.broadsheet.render.Site;
import dev.broadsheet.testing.Browser;
import dev.broadsheet.testing.NuChecker;
import dev.broadsheet.testing.ScriptWatch;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(300)
class EmailBrowserTest {

    /** Breaks out of text, attributes and URLs if anything is not escaped for its context. */
    static final String PAYLOAD = "\"'><script>alert(1)</script><img src=x onerror=alert(2)>"
            + "</script><!--<svg onload=alert(3)>]]>&amp;\u2028\u2029`${alert(4)}\uE000A\uE001";
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static Browser browser;

    @BeforeAll
    static void start() {
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    private static Article hostileArticle() {
        return Article.builder().id("a-hostile").slug("hostile").headline("headline " + PAYLOAD)
                .dek("dek " + PAYLOAD).description("description " + PAYLOAD)
                .body(Sanitizer.sanitize("<p>" + PAYLOAD + "</p>" + PAYLOAD
                        + "<p><a href=\"javascript:alert(5)\">x</a><img src=\"https://img.example/a.jpg\" "
                        + "alt=\"" + PAYLOAD.replace("\"", "&quot;") + "\" width=\"900\" height=\"600\"></p>"
                        + "<iframe src=\"https://www.youtube.com/embed/Bs4mPurp1eQ\"></iframe>",
                        HtmlPolicy.article()))
                .featuredImage(Image.builder().url("https://img.example/a.jpg?'onerror='alert(6)").alt("alt "
                        + PAYLOAD).size(1200, 675).build())
                .addByline(new Byline(Person.of("author " + PAYLOAD), Byline.Role.REPORTER))
                .status(ArticleStatus.PUBLISHED).publishedAt(Fixtures.NOW).build();
    }

    @Test
    void noScriptRunsInAnyMessageBuiltFromHostileFields() {
        Site site = Site.builder().name("site " + PAYLOAD).baseUrl(MailFixtures.BASE)
                .publisherName("publisher " + PAYLOAD).build();
        Recipient who = Recipient.to("x@example.org").withName("name " + PAYLOAD)
                .withUnsubscribeUrl(MailFixtures.BASE + "/u?token='%22%3E%3Cscript%3E&x='")
                .withConfirmUrl(MailFixtures.BASE + "/c?token='onmouseover='alert(7)");
        List<String> fired = new ArrayList<>();
        for (String language : List.of("en", "ar")) {
            EmailRenderer r = EmailRenderer.builder().site(site).labels(Labels.of(language)).ampPart(true).build();
            for (EmailTemplate t : List.of(r.confirmation(), r.welcome(), r.digest("subject " + PAYLOAD,
                    List.of(hostileArticle())), r.alert(hostileArticle()), r.unsubscribed())) {
                Email mail = t.stamp(who);
                assertThat(NuChecker.check(mail.html())).as(t + " Nu").isEmpty();
                ScriptWatch.Report report = browser.watchScripts(mail.html());
                if (report.fired()) {
                    fired.add(t + ": " + report);
                }
                assertThat(report.elementsExercised()).isGreaterThan(5);
                assertThat(mail.html()).doesNotContain("<script").doesNotContain("javascript:");
                assertThat(mail.text()).doesNotContain("javascript:");
            }
        }
        assertThat(fired).isEmpty();
    }

    @Test
    void theDigestIsPhotographedAtPhoneAndDesktopWidths() {
        Email mail = MailFixtures.renderer("en").digest(MailFixtures.byLanguage().get("en").subList(0, 3))
                .stamp(MailFixtures.recipient());
        browser.open(browser.load(mail.html()));
        assertThat(browser.screenshot(SCREENSHOTS.resolve("digest-375.png"), 375)).exists();
        browser.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
                java.util.Map.of("width", 375, "height", 800, "deviceScaleFactor", 1, "mobile", false));
        Object scroll = browser.driver().executeScript("return document.documentElement.scrollWidth");
        browser.driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
        assertThat(((Number) scroll).intValue()).as("no sideways scrolling at 375 px").isLessThanOrEqualTo(375);
        assertThat(browser.screenshot(SCREENSHOTS.resolve("digest-600.png"), 600)).exists();
        Object width = browser.driver().executeScript(
                "return document.querySelector('table table').getBoundingClientRect().width");
        assertThat(((Number) width).doubleValue()).isLessThanOrEqualTo(EmailRenderer.WIDTH);
        Email arabic = MailFixtures.renderer("ar").alert(Fixtures.arabic()).stamp(MailFixtures.recipient());
        browser.open(browser.load(arabic.html()));
        assertThat(browser.screenshot(SCREENSHOTS.resolve("alert-ar-375.png"), 375)).exists();
        Object direction = browser.driver().executeScript(
                "return getComputedStyle(document.querySelector('h1')).direction");
        assertThat(direction).isEqualTo("rtl");
    }
}
