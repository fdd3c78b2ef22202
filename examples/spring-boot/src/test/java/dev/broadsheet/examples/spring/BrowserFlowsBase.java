package dev.broadsheet.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.fixtures.Fixtures;
import dev.broadsheet.model.Article;
import dev.broadsheet.testing.Browser;
import dev.broadsheet.testing.NuChecker;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The site end to end in headless Chromium, against the database a subclass starts it on: a reader opens the home
 * page and an article; a comment is posted through the page's form, held, approved in the moderation queue after
 * signing in, then shown; a reader subscribes, confirms from the mail's link and unsubscribes. Every page on the
 * way passes axe-core (WCAG 2.1 A and AA) in the browser, the Nu Html Checker on its served bytes, and shows no
 * Content-Security-Policy violation.
 */
abstract class BrowserFlowsBase {

    static Browser browser;
    static ChromeDriver driver;

    /** @return the running site under test */
    abstract TestApp app();

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
        driver = browser.driver();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aReaderOpensTheHomePageAndAnArticle() {
        open("/");
        assertThat(driver.getTitle()).isEqualTo("The Caspian Ledger");
        List<WebElement> teasers = driver.findElements(By.cssSelector(".bs-teaser-title a"));
        assertThat(teasers).hasSize(ReadingController.HOME_ARTICLES);
        checks("/", true);
        teasers = driver.findElements(By.cssSelector(".bs-teaser-title a"));
        String headline = teasers.get(0).getText();
        press(teasers.get(0));
        waitFor(() -> driver.findElements(By.cssSelector("h1.bs-headline")).size() == 1);
        assertThat(driver.findElement(By.cssSelector("h1.bs-headline")).getText()).isEqualTo(headline);
        checks(driver.getCurrentUrl(), true);
    }

    @Test
    void aCommentIsHeldThenApprovedByTheModeratorThenShown() {
        Article article = Fixtures.foreignAffairs();
        open("/articles/" + article.slug());
        String text = "The letter's timing matters more than its tone, in the browser " + System.nanoTime();
        driver.findElement(By.id("bs-comment-comment")).sendKeys(text);
        driver.findElement(By.id("bs-comment-name")).sendKeys("Browser Reader");
        driver.findElement(By.id("bs-comment-email")).sendKeys("browser.reader@mail.example");
        submit("#respond");
        assertThat(driver.getCurrentUrl()).endsWith("?comment=held");
        assertThat(driver.findElement(By.cssSelector(".bs-notice")).getText())
                .isEqualTo("Your comment is awaiting moderation.");
        assertThat(driver.findElement(By.id("comments")).getText()).doesNotContain(text);

        open("/moderation");
        assertThat(driver.getCurrentUrl()).endsWith("/moderation/login");
        assertThat(browser.axe()).isEmpty();
        driver.findElement(By.id("site-username")).sendKeys(SecurityConfig.MODERATOR);
        driver.findElement(By.id("site-password")).sendKeys(TestApp.PASSWORD);
        submit("main");
        assertThat(driver.getCurrentUrl()).endsWith("/moderation");
        assertThat(browser.axe()).isEmpty();
        WebElement held = driver.findElements(By.cssSelector(".site-queue-item")).stream()
                .filter(li -> li.getText().contains(text)).findFirst().orElseThrow();
        assertThat(held.getText()).contains("comment.first_comment").doesNotContain("browser.reader@mail.example");
        press(held.findElement(By.cssSelector("button[value=approve]")));
        waitFor(() -> !driver.findElement(By.id("main")).getText().contains(text));

        open("/articles/" + article.slug());
        assertThat(driver.findElement(By.id("comments")).getText()).contains(text).contains("Browser Reader");
        assertThat(driver.getPageSource()).doesNotContain("browser.reader@mail.example");
        checks(driver.getCurrentUrl(), true);
    }

    @Test
    void aReaderSubscribesConfirmsAndUnsubscribes() {
        String email = "browser" + System.nanoTime() + "@mail.example";
        open("/");
        driver.findElement(By.id("bs-newsletter-email")).sendKeys(email);
        press(driver.findElement(By.id("bs-newsletter-consent")));
        submit(".bs-newsletter-form");
        assertThat(driver.getCurrentUrl()).endsWith("/newsletter/thanks");
        assertThat(browser.axe()).isEmpty();

        String id = app().jdbc().queryForObject("SELECT id FROM subscribers WHERE address_key = ?", String.class,
                app().bean(dev.broadsheet.subscribers.Subscriptions.class).addressKey(email));
        String confirm = Flows.mails(app(), id, NewsletterController.CONFIRMATION).get(0);
        driver.get(confirm);
        checks(confirm, false);
        submit("main");
        assertThat(driver.findElement(By.id("main")).getText()).contains("Your subscription is confirmed");
        assertThat(Flows.status(app(), id)).isEqualTo("CONFIRMED");

        String unsubscribe = Flows.mails(app(), id, NewsletterController.WELCOME).get(0);
        driver.get(unsubscribe);
        checks(unsubscribe, false);
        submit("main");
        assertThat(driver.findElement(By.id("main")).getText()).contains("You have been unsubscribed");
        assertThat(Flows.status(app(), id)).isEqualTo("UNSUBSCRIBED");
    }

    /**
     * axe on the current page; Nu on the bytes served at the URL; with {@code exercise}, no CSP violation while
     * every element is hovered, focused and clicked (not for a page whose button changes state), then the page is
     * shown again.
     */
    private void checks(String url, boolean exercise) {
        assertThat(browser.axe()).as("axe on " + url).isEmpty();
        String path = url.startsWith("/") ? url : url.substring(app().base.toString().length());
        String served = app().get(path).body();
        assertThat(NuChecker.check(served)).as("Nu on " + url).isEmpty();
        if (exercise) {
            assertThat(browser.cspViolations(app().uri(path))).as("CSP on " + url).isEmpty();
            open(path);
        }
    }

    void open(String path) {
        driver.get(app().uri(path).toString());
    }

    /** Presses the submit button inside the first element matching a selector and waits for the next page. */
    static void submit(String container) {
        WebElement button = driver.findElement(By.cssSelector(container)).findElement(
                By.cssSelector("button[type=submit]"));
        String before = String.valueOf(driver.executeScript("return document.documentElement.dataset.page"
                + " = String(Math.random())"));
        press(button);
        waitFor(() -> !before.equals(String.valueOf(driver.executeScript(
                "return document.documentElement.dataset.page"))));
    }

    /** Clicks an element after scrolling it into view at once (the stylesheet asks for smooth scrolling). */
    static void press(WebElement element) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
    }

    static void waitFor(BooleanSupplier condition) {
        Browser.waitFor(driver, condition);
    }
}
