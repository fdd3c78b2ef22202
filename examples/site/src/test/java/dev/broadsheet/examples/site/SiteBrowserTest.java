package dev.broadsheet.examples.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.fixtures.Fixtures;
import dev.broadsheet.model.Article;
import dev.broadsheet.testing.Axe;
import dev.broadsheet.testing.Browser;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The site end to end in headless Chromium: reading, commenting through the page's form (an address the browser
 * accepts and the server refuses, then a valid one), moderating, the newsletter's double opt-in and unsubscription,
 * the strict Content-Security-Policy, accessibility of the site's own pages, and screenshots for people to look at
 * under {@code target/screenshots/}.
 */
class SiteBrowserTest {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static TestSite site;
    private static Browser browser;
    private static ChromeDriver driver;

    @BeforeAll
    static void start() {
        site = new TestSite();
        browser = Browser.start();
        driver = browser.driver();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (site != null) {
            site.close();
        }
    }

    private static String articleUrl(Article a) {
        return site.uri("/articles/" + a.slug()).toString();
    }

    @Test
    void aReaderOpensTheHomePageAndAnArticle() {
        driver.get(site.uri("/").toString());
        assertThat(driver.getTitle()).isEqualTo(NewsSite.NAME);
        List<WebElement> teasers = driver.findElements(By.cssSelector(".bs-teaser-title a"));
        assertThat(teasers).hasSize(ReadingRoutes.HOME_ARTICLES);

        String headline = teasers.get(0).getText();
        press(teasers.get(0));
        assertThat(driver.findElement(By.cssSelector("h1.bs-headline")).getText()).isEqualTo(headline);
        assertThat(driver.findElement(By.cssSelector("link[rel=amphtml]")).getAttribute("href"))
                .isEqualTo(driver.getCurrentUrl() + "/amp");
    }

    @Test
    void aCommentIsRefusedWithItsMessageThenHeldThenApprovedAndShown() throws InterruptedException {
        Article article = Fixtures.foreignAffairs();
        driver.get(articleUrl(article));
        long loaded = System.nanoTime();
        String text = "The letter's timing matters more than its tone. Comment " + System.nanoTime();
        driver.findElement(By.id("bs-comment-comment")).sendKeys(text);
        driver.findElement(By.id("bs-comment-name")).sendKeys("Reader Example");
        WebElement email = driver.findElement(By.id("bs-comment-email"));
        email.sendKeys("reader@localhost");
        assertThat(driver.executeScript("return arguments[0].checkValidity()", email))
                .as("type=email accepts a single-label domain").isEqualTo(true);
        submit("#respond");

        WebElement error = driver.findElement(By.id("bs-comment-email-error"));
        assertThat(error.getText()).startsWith("Email must have a domain with at least two labels");
        assertThat(driver.findElement(By.id("bs-comment-email")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(driver.findElement(By.cssSelector(".bs-form-errors")).getText()).contains("Email must have");
        assertThat(driver.findElement(By.id("bs-comment-comment")).getAttribute("value")).isEqualTo(text);
        assertThat(driver.findElement(By.id("bs-comment-name")).getAttribute("value")).isEqualTo("Reader Example");
        assertThat(driver.findElement(By.id("bs-comment-email")).getAttribute("value")).isEqualTo("reader@localhost");
        assertThat(driver.findElement(By.id("bs-comment-hp")).getAttribute("value")).isEmpty();

        email = driver.findElement(By.id("bs-comment-email"));
        email.clear();
        email.sendKeys("reader@mail.example");
        // the form is signed when served; people take more than the moderator's 3 seconds to write
        long wait = 3_300 - (System.nanoTime() - loaded) / 1_000_000;
        if (wait > 0) {
            Thread.sleep(wait);
        }
        submit("#respond");
        assertThat(driver.getCurrentUrl()).endsWith("?comment=held");
        assertThat(driver.findElement(By.cssSelector(".bs-notice")).getText())
                .isEqualTo("Your comment is awaiting moderation.");
        assertThat(driver.findElement(By.id("comments")).getText()).doesNotContain(text);

        driver.get(site.uri("/moderation").toString());
        driver.findElement(By.id("site-moderation-token")).sendKeys(TestSite.TOKEN);
        submit("main");
        WebElement held = driver.findElements(By.cssSelector(".site-queue-item")).stream()
                .filter(li -> li.getText().contains(text)).findFirst().orElseThrow();
        assertThat(held.getText()).contains("comment.first_comment");
        press(held.findElement(By.cssSelector("button[value=approve]")));
        waitFor(driver, () -> !driver.findElement(By.id("main")).getText().contains(text));
        assertThat(driver.findElement(By.id("main")).getText()).doesNotContain(text);

        driver.get(articleUrl(article));
        assertThat(driver.findElement(By.id("comments")).getText()).contains(text).contains("Reader Example");
    }

    @Test
    void aReaderSubscribesConfirmsWithTheButtonAndUnsubscribes() {
        driver.get(site.uri("/").toString());
        driver.findElement(By.id("bs-newsletter-email")).sendKeys("subscriber.one@mail.example");
        press(driver.findElement(By.id("bs-newsletter-consent")));
        submit(".bs-newsletter");
        assertThat(driver.getCurrentUrl()).endsWith("/newsletter/thanks");
        assertThat(driver.findElement(By.id("main")).getText()).contains("Please check your inbox");

        String confirm = site.lastConfirmationLink();
        for (int i = 0; i < 2; i++) { // a mail scanner's bare GETs change nothing
            HttpResponse<String> scanned = site.get(confirm);
            assertThat(scanned.statusCode()).isEqualTo(200);
            assertThat(scanned.body()).contains("Confirm subscription</button>");
        }
        driver.get(confirm);
        submit("main");
        assertThat(driver.findElement(By.id("main")).getText()).contains("Your subscription is confirmed");
        driver.get(confirm);
        assertThat(driver.findElement(By.id("main")).getText()).contains("already confirmed");

        String unsubscribe = site.lastUnsubscribeLink();
        assertThat(site.get(unsubscribe).body()).contains("Unsubscribe</button>");
        assertThat(site.get(unsubscribe).body()).as("still subscribed after bare GETs")
                .contains("Unsubscribe</button>");
        driver.get(unsubscribe);
        submit("main");
        assertThat(driver.findElement(By.id("main")).getText()).contains("You have been unsubscribed");
        driver.get(unsubscribe);
        assertThat(driver.findElement(By.id("main")).getText()).contains("You are not subscribed");
    }

    @Test
    void theOneClickUnsubscribeEndpointTakesAMailProvidersPost() {
        HttpResponse<String> home = site.get("/");
        site.postForm("/newsletter/subscribe", Map.of("email", "one.click@mail.example", "consent", "yes",
                "consent_version", "1", "csrf_token", TestSite.hidden(home.body(), "csrf_token")));
        String confirm = site.lastConfirmationLink();
        String token = confirm.substring(confirm.indexOf("token=") + 6);
        assertThat(site.postForm("/newsletter/confirm", Map.of("token", token)).statusCode()).isEqualTo(200);

        String unsubscribe = site.lastUnsubscribeLink();
        // RFC 8058: no cookies, no CSRF token, just the body
        HttpResponse<String> oneClick = site.post(unsubscribe, "application/x-www-form-urlencoded",
                "List-Unsubscribe=One-Click");
        assertThat(oneClick.statusCode()).isEqualTo(200);
        assertThat(oneClick.body()).contains("You have been unsubscribed");
        assertThat(site.get(unsubscribe).body()).contains("You are not subscribed");
    }

    @Test
    void theArticlePageRaisesNoContentSecurityPolicyViolation() {
        assertThat(browser.cspViolations(site.uri("/articles/" + Fixtures.foreignAffairs().slug()))).isEmpty();
        assertThat(browser.cspViolations(site.uri("/articles/" + Fixtures.multimedia().slug()))).as("with a video")
                .isEmpty();
        assertThat(browser.cspViolations(site.uri("/"))).isEmpty();
    }

    @Test
    void theSitesOwnPagesHaveNoAccessibilityViolations() {
        HttpResponse<String> home = site.get("/");
        site.postForm("/newsletter/subscribe", Map.of("email", "axe.reader@mail.example", "consent", "yes",
                "consent_version", "1", "csrf_token", TestSite.hidden(home.body(), "csrf_token")));
        for (String url : List.of(site.lastConfirmationLink(), site.uri("/moderation").toString(),
                site.uri("/no-such-page").toString(), articleUrl(Fixtures.foreignAffairs()))) {
            driver.get(url);
            List<Axe.Violation> violations = browser.axe();
            assertThat(violations).as(url).isEmpty();
        }
    }

    @Test
    void screenshotsOfTheArticleAndAmpPages() {
        Article article = Fixtures.foreignAffairs();
        driver.get(articleUrl(article));
        assertThat(browser.screenshot(SCREENSHOTS.resolve("article-1280.png"), 1280)).exists();
        assertThat(browser.screenshot(SCREENSHOTS.resolve("article-390.png"), 390)).exists();
        driver.get(site.uri("/").toString());
        assertThat(browser.screenshot(SCREENSHOTS.resolve("home-1280.png"), 1280)).exists();
        driver.get(articleUrl(article) + "/amp");
        // The AMP runtime cannot load offline, and AMP's boilerplate hides the body until it does (8 s at most):
        // show the body at once, as the runtime would.
        driver.executeScript("document.body.style.animation = 'none'; document.body.style.visibility = 'visible';");
        assertThat(browser.screenshot(SCREENSHOTS.resolve("amp-390.png"), 390)).exists();
    }

    private static void submit(String container) {
        BrowserSteps.submit(driver, container);
    }

    private static void press(WebElement element) {
        BrowserSteps.press(driver, element);
    }

    private static void waitFor(WebDriver d, java.util.function.BooleanSupplier condition) {
        BrowserSteps.waitFor(d, condition);
    }
}
