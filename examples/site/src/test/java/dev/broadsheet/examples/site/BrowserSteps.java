package dev.broadsheet.examples.site;

import dev.broadsheet.testing.Browser;
import java.util.function.BooleanSupplier;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** What the browser tests do with the site's pages in Chromium: press buttons and wait for the next page. */
final class BrowserSteps {

    private BrowserSteps() {
    }

    /** Presses the submit button inside the first element matching a selector and waits for the next page. */
    static <D extends WebDriver & JavascriptExecutor> void submit(D driver, String container) {
        WebElement button = driver.findElement(By.cssSelector(container)).findElement(
                By.cssSelector("button[type=submit]"));
        String before = String.valueOf(driver.executeScript("return document.documentElement.dataset.page"
                + " = String(Math.random())"));
        press(driver, button);
        waitFor(driver, () -> !before.equals(String.valueOf(driver.executeScript(
                "return document.documentElement.dataset.page"))));
    }

    /**
     * Clicks an element after scrolling it into view at once: the stylesheet asks for smooth scrolling, and WebDriver
     * would otherwise click where the element is about to be.
     */
    static void press(JavascriptExecutor driver, WebElement element) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
    }

    /** Waits up to 10 seconds for a condition on the page. */
    static void waitFor(WebDriver d, BooleanSupplier condition) {
        Browser.waitFor(d, condition);
    }
}
