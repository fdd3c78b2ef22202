package dev.broadsheet.testing;

import dev.broadsheet.testing.ScriptWatch.Event;
import dev.broadsheet.testing.ScriptWatch.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.UnhandledAlertException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.PointerInput;
import org.openqa.selenium.interactions.Sequence;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Chromium (Debian's {@code chromium}) driven through chromedriver, with an in-process page server:
 * the browser half of the project's checks.
 *
 * <p>Start one per test class (starting takes about 1.5 s) in a {@code @BeforeAll} method and close it in an
 * {@code @AfterAll} method:
 * <pre>{@code
 * static Browser browser;   // browser = Browser.start() before all tests, browser.close() after them
 *
 * void aCommentIsInert() {
 *     assertThat(browser.watchScripts(Pages.wrapBody(commentHtml)).events()).isEmpty();
 * }
 * }</pre>
 *
 * <ul>
 *   <li>{@link #watchScripts(String)}: did any script run while the page loaded and every element was hovered,
 *       focused and clicked? See {@link ScriptWatch} for how, and its limits.</li>
 *   <li>{@link #cspViolations(String, String)}: the Content-Security-Policy violations Chromium reports for a page
 *       served with a given policy, after the same exercise.</li>
 *   <li>{@link #axe()}: axe-core's WCAG 2.1 A/AA violations on the current page.</li>
 *   <li>{@link #screenshot(Path, int)}: a full-page PNG at a given CSS width.</li>
 *   <li>{@link #load(String)}, {@link #serve(String, String, String, Map)}, {@link #open(URI)}: show pages.</li>
 * </ul>
 *
 * <p>Chromium runs with {@link #CHROMIUM_FLAGS} and a fresh profile directory that {@link #close()} deletes.
 * chromedriver's path is always given explicitly, so Selenium Manager never runs and nothing is downloaded; host
 * names other than {@code localhost} do not resolve, so pages cannot reach the network. Pages are served from
 * {@code http://127.0.0.1:PORT/}. A missing Chromium or chromedriver is an {@link IllegalStateException} that says
 * how to install it (see {@link Tools}); it is never a reason to skip.
 *
 * <p>Not thread-safe: one browser serves one test thread.
 */
public final class Browser implements AutoCloseable {

    /**
     * Chromium's command-line flags (besides {@code --user-data-dir} and {@code --window-size=1280,800}): headless,
     * no sandbox (CI runs as root), and no background traffic. The host resolver rule makes every host name but
     * {@code localhost} unresolvable, which is the only way to stop Chromium's own lookups.
     */
    public static final List<String> CHROMIUM_FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost");

    /** The most elements that get synthetic events in a watch or CSP check. */
    static final int EXERCISED_ELEMENTS = 2000;
    /** The most elements that get real pointer input in a watch or CSP check. */
    static final int CLICKED_ELEMENTS = 25;
    /** The pause after exercising a page, for timers, transitions and image errors. */
    static final Duration SETTLE = Duration.ofMillis(200);
    /** The tallest screenshot, in CSS pixels. */
    static final int MAX_SCREENSHOT_HEIGHT = 16_384;

    private static final String HTML = "text/html; charset=utf-8";
    private static final String WATCH_POLICY = "script-src 'none'";
    private static final ObjectMapper JSON = new ObjectMapper();

    // Selenium warns through java.util.logging that it has no DevTools module for this Chromium version; executeCdpCommand
    // needs none. Strong references keep the levels from being garbage-collected away.
    private static final List<Logger> QUIETED = Stream.of("org.openqa.selenium.devtools.CdpVersionFinder",
            "org.openqa.selenium.chromium.ChromiumDriver").map(Logger::getLogger).toList();

    static {
        QUIETED.forEach(l -> l.setLevel(Level.SEVERE));
    }

    private final Path profile;
    private final PageServer server;
    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private final String mark;
    private final Pattern report;
    private final String hook;
    private final String exercise;
    private final AtomicInteger pages = new AtomicInteger();

    private Browser(Path chromium, Path chromedriver) {
        byte[] random = new byte[8];
        new SecureRandom().nextBytes(random);
        mark = "bswatch" + HexFormat.of().formatHex(random);
        report = Pattern.compile(Pattern.quote(mark) + ":([A-Za-z0-9%._~!*'()-]*):END");
        hook = resource("browser/hook.js").replace("__MARK__", mark);
        exercise = resource("browser/exercise.js");
        try {
            profile = Files.createTempDirectory("broadsheet-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a Chromium profile directory", e);
        }
        PageServer startedServer = null;
        ChromeDriverService startedService = null;
        try {
            startedServer = new PageServer();
            startedService = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile())
                    .usingAnyFreePort().build();
            ChromeOptions options = new ChromeOptions();
            options.setBinary(chromium.toFile());
            options.addArguments(CHROMIUM_FLAGS);
            options.addArguments("--user-data-dir=" + profile, "--window-size=1280,800");
            LoggingPreferences logging = new LoggingPreferences();
            logging.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logging);
            options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.ACCEPT_AND_NOTIFY);
            driver = new ChromeDriver(startedService, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
        } catch (RuntimeException e) {
            if (startedService != null) {
                startedService.stop();
            }
            if (startedServer != null) {
                startedServer.close();
            }
            deleteTree(profile);
            throw new IllegalStateException("cannot start headless Chromium " + chromium + " through "
                    + chromedriver + ": " + e.getMessage(), e);
        }
        server = startedServer;
        service = startedService;
    }

    /**
     * Starts Chromium and chromedriver as located by {@link Tools#chromium()} and {@link Tools#chromedriver()}.
     *
     * @return a browser showing {@code about:blank}
     * @throws IllegalStateException when Chromium or chromedriver is missing or does not start
     */
    public static Browser start() {
        return new Browser(Tools.chromium(), Tools.chromedriver());
    }

    /**
     * The underlying driver, for anything this class does not offer (forms, waits, DevTools commands).
     *
     * @return the driver; valid until {@link #close()}
     */
    public ChromeDriver driver() {
        return driver;
    }

    /**
     * Serves a resource from the page server without showing it, for pages that refer to it (a stylesheet that
     * {@code style-src 'self'} must allow, an image). A later call with the same path replaces it.
     *
     * @param path an absolute path, such as {@code /css/site.css}
     * @param contentType its Content-Type, such as {@code text/css; charset=utf-8}
     * @param body its content
     * @param headers further response headers, such as {@code Content-Security-Policy}
     * @return its URL
     */
    public URI serve(String path, String contentType, String body, Map<String, String> headers) {
        return server.put(path, contentType, body, headers);
    }

    /**
     * Serves an HTML document and shows it.
     *
     * @param html the document
     * @return its URL
     */
    public URI load(String html) {
        return load(html, Map.of());
    }

    /**
     * Serves an HTML document with response headers (for example {@code Content-Security-Policy}) and shows it.
     *
     * @param html the document
     * @param headers response headers
     * @return its URL
     */
    public URI load(String html, Map<String, String> headers) {
        URI url = server.put("/page/" + pages.incrementAndGet() + ".html", HTML, html, headers);
        open(url);
        return url;
    }

    /**
     * Shows a URL and waits for it to load.
     *
     * @param url the page, usually on a loopback server
     */
    public void open(URI url) {
        driver.get(url.toString());
    }

    /**
     * Loads an HTML document and reports whether any script ran, at load time or while every element was
     * hovered, focused and clicked. The document is served as is, with only a report-only policy header added.
     *
     * @param html the whole document (use {@link Pages#wrapBody(String)} for a fragment)
     * @return what was observed; {@link ScriptWatch.Report#fired()} is {@code false} when no script ran
     * @see ScriptWatch
     */
    public ScriptWatch.Report watchScripts(String html) {
        URI url = server.put("/watch/" + pages.incrementAndGet() + ".html", HTML, html,
                Map.of("Content-Security-Policy-Report-Only", WATCH_POLICY));
        try {
            Exercise run = exercise(url);
            List<Event> events = new ArrayList<>(run.events);
            // Chromium 156: "... The policy is report-only, so the violation has been logged but no further action
            // has been taken." (older versions began with "[Report Only]")
            run.cspMessages.stream().filter(m -> m.contains("report-only") || m.contains("[Report Only]"))
                    .forEach(m -> events.add(new Event(Kind.SCRIPT, m)));
            return new ScriptWatch.Report(url, events, run.exercised, run.clicked);
        } finally {
            server.remove(url);
        }
    }

    /**
     * Loads an HTML document served with a Content-Security-Policy header, exercises it like
     * {@link #watchScripts(String)}, and returns every message in which Chromium reports a violation.
     *
     * @param html the whole document
     * @param policy the policy, for example {@code default-src 'self'; script-src 'none'}
     * @return Chromium's messages (each mentions "Content Security Policy"); empty when nothing was violated
     */
    public List<String> cspViolations(String html, String policy) {
        URI url = server.put("/csp/" + pages.incrementAndGet() + ".html", HTML, html,
                Map.of("Content-Security-Policy", policy));
        try {
            return exercise(url).cspMessages;
        } finally {
            server.remove(url);
        }
    }

    /**
     * Opens a page served elsewhere (for example by an example site under test, with its own policy header),
     * exercises it like {@link #watchScripts(String)}, and returns every message in which Chromium reports a
     * Content-Security-Policy violation.
     *
     * @param page the page
     * @return Chromium's messages; empty when nothing was violated
     */
    public List<String> cspViolations(URI page) {
        return exercise(page).cspMessages;
    }

    /**
     * Runs axe-core's WCAG 2.1 A and AA rules on the current page.
     *
     * @return the violations; empty when the page passes
     * @see Axe
     */
    public List<Axe.Violation> axe() {
        return Axe.run(driver);
    }

    /**
     * Waits up to 10 seconds for a condition on a page that is changing (a form was posted, a link followed),
     * asking again every 50 ms; a {@link WebDriverException} while the page changes counts as "not yet".
     *
     * @param driver the browser, for the error message
     * @param condition what the page must come to
     * @throws AssertionError naming the page's URL when the condition does not hold within 10 seconds
     */
    public static void waitFor(WebDriver driver, BooleanSupplier condition) {
        long end = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < end) {
            try {
                if (condition.getAsBoolean()) {
                    return;
                }
            } catch (WebDriverException e) {
                // the page is changing: try again
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError("the page did not change within 10 s; now at " + driver.getCurrentUrl());
    }

    /**
     * Writes a PNG of the whole current page laid out at a CSS width (one device pixel per CSS pixel), for people
     * to look at. The viewport stays 800 px high while the shot extends to the page's full height (at most
     * {@value #MAX_SCREENSHOT_HEIGHT} px).
     *
     * @param file where to write; parent directories are created
     * @param width the layout width in CSS pixels, for example 1280 or 390
     * @return {@code file}
     */
    public Path screenshot(Path file, int width) {
        if (width < 200 || width > 4000) {
            throw new IllegalArgumentException("width: must be 200 to 4000 CSS pixels, was " + width);
        }
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 800, "deviceScaleFactor", 1, "mobile", false));
        try {
            Object measured = driver.executeScript("return Math.max(document.documentElement.scrollHeight,"
                    + " document.body ? document.body.scrollHeight : 0, 1)");
            long height = Math.min(((Number) measured).longValue(), MAX_SCREENSHOT_HEIGHT);
            Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                    "captureBeyondViewport", true,
                    "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
            byte[] png = Base64.getDecoder().decode((String) shot.get("data"));
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            return Files.write(file, png);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the screenshot " + file, e);
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /** Quits Chromium and chromedriver, stops the page server and deletes the profile directory. */
    @Override
    public void close() {
        try {
            driver.quit();
        } catch (WebDriverException e) {
            // already gone: nothing left to quit
        } finally {
            service.stop();
            server.close();
            deleteTree(profile);
        }
    }

    /** What one exercise of a page observed. */
    private static final class Exercise {
        final List<Event> events = new ArrayList<>();
        final List<String> cspMessages = new ArrayList<>();
        int exercised;
        int clicked;
    }

    private Exercise exercise(URI url) {
        Exercise run = new Exercise();
        driver.manage().logs().get(LogType.BROWSER); // drain what earlier pages left
        String hookId = String.valueOf(driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                Map.of("source", hook)).get("identifier"));
        String home = driver.getWindowHandle();
        Set<String> windowsBefore = driver.getWindowHandles();
        String pageToken = mark + "page";
        try {
            attempt(run, () -> {
                driver.get(url.toString());
                return null;
            });
            attempt(run, () -> driver.executeScript("window[arguments[0]] = true;", pageToken));
            Object result = attempt(run, () -> driver.executeScript(exercise, EXERCISED_ELEMENTS, CLICKED_ELEMENTS));
            List<WebElement> candidates = new ArrayList<>();
            if (result instanceof Map<?, ?> map) {
                run.exercised = ((Number) map.get("exercised")).intValue();
                for (Object o : (List<?>) map.get("candidates")) {
                    candidates.add((WebElement) o);
                }
            }
            run.clicked = clickAll(run, candidates);
            pause(SETTLE);
            Object still = attempt(run, () -> driver.executeScript(
                    "return window[arguments[0]] === true && location.href === arguments[1];", pageToken,
                    url.toString()));
            if (!Boolean.TRUE.equals(still)) {
                run.events.add(new Event(Kind.PAGE_REPLACED, "the document at " + url + " was replaced; now at "
                        + attempt(run, driver::getCurrentUrl)));
            }
            boolean switched = false;
            for (String window : new HashSet<>(driver.getWindowHandles())) {
                if (!windowsBefore.contains(window)) {
                    driver.switchTo().window(window);
                    switched = true;
                    run.events.add(new Event(Kind.NEW_WINDOW, String.valueOf(attempt(run, driver::getCurrentUrl))));
                    driver.close();
                }
            }
            if (switched) {
                driver.switchTo().window(home);
            }
        } finally {
            driver.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", hookId));
            collectLog(run);
            if (!run.events.isEmpty() || !run.cspMessages.isEmpty()) {
                // Something ran: leave the page so that none of it (timers, unload handlers) survives into the
                // next check, and collect what its unload handlers report. A page where nothing ran has no
                // handlers left to run, and is simply left behind (saves a navigation per clean page).
                attempt(run, () -> {
                    driver.get("about:blank");
                    return null;
                });
                collectLog(run);
            }
        }
        return run;
    }

    /**
     * Moves the real pointer onto each element and clicks it, all in one WebDriver call (no pauses between
     * actions). When that fails part-way (an element went away, a click replaced the page), the remaining elements
     * are tried one by one. Returns how many elements were clicked.
     */
    private int clickAll(Exercise run, List<WebElement> elements) {
        if (elements.isEmpty()) {
            return 0;
        }
        try {
            driver.perform(List.of(clicks(elements)));
            return elements.size();
        } catch (UnhandledAlertException e) {
            run.events.add(new Event(Kind.NATIVE_DIALOG, String.valueOf(e.getAlertText())));
        } catch (WebDriverException e) {
            // fall through to one by one
        }
        int clicked = 0;
        for (WebElement element : elements) {
            try {
                driver.perform(List.of(clicks(List.of(element))));
                clicked++;
            } catch (UnhandledAlertException e) {
                run.events.add(new Event(Kind.NATIVE_DIALOG, String.valueOf(e.getAlertText())));
            } catch (WebDriverException e) {
                // hidden, covered, detached or gone with its document: the synthetic pass covered it
            }
        }
        return clicked;
    }

    private static Sequence clicks(List<WebElement> elements) {
        PointerInput mouse = new PointerInput(PointerInput.Kind.MOUSE, "mouse");
        Sequence sequence = new Sequence(mouse, 0);
        for (WebElement element : elements) {
            sequence.addAction(mouse.createPointerMove(Duration.ZERO, PointerInput.Origin.fromElement(element), 0, 0));
            sequence.addAction(mouse.createPointerDown(PointerInput.MouseButton.LEFT.asArg()));
            sequence.addAction(mouse.createPointerUp(PointerInput.MouseButton.LEFT.asArg()));
        }
        return sequence;
    }

    /** Runs a driver call; a native dialog that interrupts it is recorded (and accepted by chromedriver). */
    private static Object attempt(Exercise run, Supplier<Object> call) {
        for (int tries = 0; tries < 5; tries++) {
            try {
                return call.get();
            } catch (UnhandledAlertException e) {
                run.events.add(new Event(Kind.NATIVE_DIALOG, String.valueOf(e.getAlertText())));
            }
        }
        return null;
    }

    private void collectLog(Exercise run) {
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            String message = entry.getMessage();
            Matcher m = report.matcher(message);
            boolean ours = false;
            while (m.find()) {
                ours = true;
                JsonNode json = parseReport(m.group(1));
                String detail = json.path("detail").asText() + " in " + json.path("frame").asText();
                run.events.add(new Event(Kind.valueOf(json.path("kind").asText()), detail));
            }
            if (!ours && message.contains("Content Security Policy")) {
                run.cspMessages.add(message);
            }
        }
    }

    private static JsonNode parseReport(String encoded) {
        try {
            return JSON.readTree(URLDecoder.decode(encoded, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("unreadable script-watch report: " + encoded, e);
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = Browser.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("classpath resource missing: dev/broadsheet/testing/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path root) {
        // Chromium's helper processes may still be writing as they exit: retry a few times
        for (int tries = 0; tries < 5 && Files.exists(root); tries++) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException | UncheckedIOException e) {
                // retried below
            }
            if (Files.exists(root)) {
                pause(Duration.ofMillis(100));
            }
        }
    }
}
