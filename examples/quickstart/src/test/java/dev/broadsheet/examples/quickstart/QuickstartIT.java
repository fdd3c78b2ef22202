package dev.broadsheet.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.broadsheet.fixtures.Fixtures;
import dev.broadsheet.model.Article;
import dev.broadsheet.model.Person;
import dev.broadsheet.model.Section;
import dev.broadsheet.model.Tag;
import dev.broadsheet.testing.AmpValidator;
import dev.broadsheet.testing.Browser;
import dev.broadsheet.testing.NuChecker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The shaded jar as people run it: {@code java -jar broadsheet-quickstart.jar ...} in a subprocess. The static
 * site it writes is checked file by file (Nu checker, AMP validator, JSON-LD, every relative link) and opened from
 * disk in headless Chromium; the {@code render} command is checked on the shipped sample page document.
 */
class QuickstartIT {

    private static final Path JAR = Path.of(System.getProperty("quickstart.jar", "target/broadsheet-quickstart.jar"));
    private static final Path SAMPLE = Path.of(System.getProperty("quickstart.sample", "sample-page.json"));
    private static final Path WORK = Path.of(System.getProperty("quickstart.work", "target/it"));
    private static final Path SITE = WORK.resolve("out").toAbsolutePath();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Run siteRun;
    private static Duration siteTime;

    /** One run of the jar. */
    record Run(int status, String out, String err) {
    }

    @BeforeAll
    static void runTheDefaultCommand() throws IOException {
        assertThat(JAR).as("the shaded jar, built in the package phase").isRegularFile();
        delete(WORK);
        Files.createDirectories(WORK);
        long start = System.nanoTime();
        siteRun = java(WORK, null, "site", SITE.toString());
        siteTime = Duration.ofNanos(System.nanoTime() - start);
    }

    // ------------------------------------------------------------------ the default run

    @Test
    void theDefaultRunWritesEveryFixtureQuicklyAndSaysWhere() throws IOException {
        assertThat(siteRun.status()).as(siteRun.err()).isZero();
        assertThat(siteRun.err()).isEmpty();
        assertThat(siteTime).as("the whole run, JVM start included").isLessThan(Duration.ofSeconds(5));

        Set<String> expected = new TreeSet<>(Set.of("index.html", "assets/broadsheet.css"));
        for (Article a : Fixtures.articles()) {
            expected.addAll(List.of("articles/" + a.slug() + ".html", "articles/" + a.slug() + ".amp.html",
                    "articles/" + a.slug() + ".jsonld"));
        }
        Fixtures.sections().stream().map(Section::slug).forEach(s -> expected.add("section/" + s + ".html"));
        Fixtures.tags().stream().map(Tag::slug).forEach(s -> expected.add("tag/" + s + ".html"));
        Fixtures.people().stream().map(Person::slug).forEach(s -> expected.add("author/" + s + ".html"));
        List<String> feeds = List.of("feed.xml", "atom.xml", "feed.json");
        expected.addAll(feeds);
        Fixtures.sections().forEach(s -> feeds.forEach(f -> expected.add("section/" + s.slug() + "/" + f)));
        Fixtures.tags().forEach(t -> feeds.forEach(f -> expected.add("tag/" + t.slug() + "/" + f)));
        Fixtures.people().forEach(p -> feeds.forEach(f -> expected.add("author/" + p.slug() + "/" + f)));
        expected.addAll(List.of("sitemap.xml", "sitemap-1.xml", "news-sitemap-1.xml", "robots.txt"));
        assertThat(files(SITE)).containsExactlyInAnyOrderElementsOf(expected)
                .hasSize(3 * 16 + 2 + 16 + 44 + 12 + 3 * (1 + 16 + 44 + 12) + 4);

        assertThat(siteRun.out().lines().filter(l -> l.startsWith("Wrote "))).hasSize(11);
        assertThat(siteRun.out()).contains(SITE.resolve("articles/*.amp.html").toString(),
                SITE.resolve("tag/*.html").toString(), SITE.resolve("index.html").toString(),
                SITE.resolve("index.html").toUri().toString());
    }

    @Test
    void everyHtmlPagePassesTheNuChecker() throws IOException {
        List<Path> pages = htmlPages();
        assertThat(pages).hasSize(1 + 16 + 16 + 44 + 12);
        for (Path page : pages) {
            assertThat(NuChecker.check(Files.readString(page))).as("Nu errors in %s", page).isEmpty();
        }
    }

    @Test
    void everyAmpPagePassesTheAmpValidator() throws IOException {
        List<Path> pages = files(SITE).stream().filter(f -> f.endsWith(".amp.html")).map(SITE::resolve).toList();
        assertThat(pages).hasSize(16);
        Map<Path, AmpValidator.Result> results = AmpValidator.validate(pages);
        assertThat(results.values()).allSatisfy(r -> assertThat(r.pass()).as(r.toString()).isTrue());
    }

    @Test
    void everyJsonLdFileIsASchemaOrgGraph() throws IOException {
        List<Path> files = files(SITE).stream().filter(f -> f.endsWith(".jsonld")).map(SITE::resolve).toList();
        assertThat(files).hasSize(16);
        for (Path f : files) {
            JsonNode graph = JSON.readTree(f.toFile());
            assertThat(graph.path("@context").asText()).isEqualTo("https://schema.org");
            assertThat(graph.path("@graph").findValuesAsText("@type")).as("%s", f).contains("NewsArticle");
        }
    }

    @Test
    void everyRelativeLinkLeadsToAFileAndEveryCanonicalUrlIsAbsolute() throws IOException {
        int relative = 0;
        List<Path> pages = allPages();
        for (Path page : pages) {
            Document doc = Jsoup.parse(Files.readString(page));
            int before = relative;
            for (Element e : doc.select("a[href], link[href], img[src], form[action]")) {
                String url = e.hasAttr("href") ? e.attr("href") : e.hasAttr("src") ? e.attr("src") : e.attr("action");
                if (url.startsWith("#") || URI.create(url).isAbsolute()) {
                    continue;
                }
                relative++;
                Path target = page.getParent().resolve(url.replaceFirst("#.*", "")).normalize();
                assertThat(target).as("%s in %s", url, page).isRegularFile().startsWith(SITE);
            }
            assertThat(relative - before).as("relative links in %s (home, at least)", page).isGreaterThan(1);
            assertThat(doc.select("link[rel=canonical]").attr("href")).as("canonical of %s", page)
                    .matches("https://(news\\.example\\.com|partner\\.example)/.*");
            assertThat(doc.select("meta[property=og:url]").attr("content")).startsWith("https://");
            assertThat(doc.select("form[action], form[action-xhr]")).allSatisfy(f -> assertThat(
                    f.hasAttr("action") ? f.attr("action") : f.attr("action-xhr")).startsWith("https://"));
        }
        assertThat(pages).hasSize(16 + 16 + 16 + 44 + 12 + 1);
    }

    @Test
    void aPageOpenedFromDiskHasItsStylesheetAndWorkingLinks() throws IOException {
        Article story = Fixtures.foreignAffairs();
        try (Browser browser = Browser.start()) {
            ChromeDriver driver = browser.driver();
            driver.get(SITE.resolve("articles/" + story.slug() + ".html").toUri().toString());
            assertThat(driver.executeScript("return document.styleSheets.length")).isEqualTo(1L);
            assertThat(driver.executeScript("const s = getComputedStyle(document.body);"
                    + " return [s.marginTop, s.fontSize, s.fontFamily.split(',')[0]].join(' ')"))
                    .as("the default stylesheet applies: no body margin, 1.125rem, Georgia")
                    .isEqualTo("0px 18px Georgia");

            driver.get(SITE.resolve("index.html").toUri().toString());
            WebElement teaser = driver.findElement(By.cssSelector(".bs-teaser-title a"));
            String href = teaser.getDomAttribute("href");
            assertThat(href).startsWith("articles/").endsWith(".html");
            assertThat(Path.of(URI.create(teaser.getDomProperty("href")))).isRegularFile();
            String headline = teaser.getText();
            driver.executeScript("arguments[0].click()", teaser);
            assertThat(driver.getCurrentUrl()).startsWith("file://").endsWith(href);
            assertThat(driver.findElement(By.cssSelector("h1")).getText()).isEqualTo(headline);
            driver.executeScript("arguments[0].click()", driver.findElement(By.cssSelector("nav.bs-tags a")));
            assertThat(driver.getCurrentUrl()).contains("/tag/");
            assertThat(driver.findElement(By.cssSelector("h1")).getText()).isNotBlank();
        }
    }

    // ------------------------------------------------------------------ the render command

    @Test
    void theSampleRendersInEveryFormatAtOnce() {
        Run r = java(WORK, null, "render", "--format", "html,amp,jsonld", SAMPLE.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out().split("<!DOCTYPE html>", -1)).hasSize(3); // two documents, then the JSON-LD
    }

    @Test
    void theSampleAsHtmlPassesTheNuChecker() {
        Run r = java(WORK, null, "render", "--format", "html", SAMPLE.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("<!DOCTYPE html>").contains("Lankaran tea growers");
        assertThat(NuChecker.check(r.out())).isEmpty();
    }

    @Test
    void theSampleAsAmpPassesTheAmpValidator() {
        Run r = java(WORK, null, "render", "--format", "amp", SAMPLE.toString());
        assertThat(r.status()).as(r.err()).isZero();
        AmpValidator.Result result = AmpValidator.validateHtml(r.out());
        assertThat(result.pass()).as(result.toString()).isTrue();
    }

    @Test
    void theSampleAsJsonLdParses() throws IOException {
        Run r = java(WORK, null, "render", "--format", "jsonld", SAMPLE.toString());
        assertThat(r.status()).as(r.err()).isZero();
        JsonNode graph = JSON.readTree(r.out());
        assertThat(graph.path("@graph").findValuesAsText("@type")).contains("NewsArticle", "WebPage",
                "BreadcrumbList", "NewsMediaOrganization");
    }

    @Test
    void standardInputIsReadForADash() throws IOException {
        Run r = java(WORK, Files.readAllBytes(SAMPLE), "render", "--format", "jsonld", "-");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(JSON.readTree(r.out()).has("@graph")).isTrue();
    }

    @Test
    void anInvalidDocumentListsEveryViolationWithItsPathAndExitsWith2() throws IOException {
        ObjectNode doc = (ObjectNode) JSON.readTree(SAMPLE.toFile());
        ((ObjectNode) doc.get("site")).put("baseUrl", "ftp://courier.example");
        ((ObjectNode) doc.get("article").get("authors").get(0)).put("url", "not a url");
        ((ObjectNode) doc.get("comments").get(3).get("author")).put("email", "nurlan at post.example");
        Path bad = Files.writeString(WORK.resolve("bad.json"), JSON.writeValueAsString(doc));

        Run r = java(WORK, null, "render", "--format", "html", bad.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("/site/baseUrl url.scheme", "/article/authors/0/url", "/comments/3/author/email")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void problemsOutsideTheContentHaveTheirOwnStatusesAndNoStackTrace() throws IOException {
        Run missing = java(WORK, null, "render", "--format", "html", "no-such-page.json");
        assertThat(missing.status()).isEqualTo(3);
        assertThat(missing.err()).isEqualTo("broadsheet-quickstart: cannot read no-such-page.json: no such file or "
                + "folder\n");
        Run malformed = java(WORK, "{\"site\":".getBytes(StandardCharsets.UTF_8), "render", "--format", "amp", "-");
        assertThat(malformed.status()).isEqualTo(2);
        assertThat(malformed.err()).contains("<stdin>: (value) json.syntax").doesNotContain("Exception");
        Run usage = java(WORK, null, "render", "--format", "pdf", SAMPLE.toString());
        assertThat(usage.status()).isEqualTo(1);
        assertThat(usage.err()).startsWith("broadsheet-quickstart: unknown format \"pdf\"");
        Run help = java(WORK, null, "--help");
        assertThat(help.status()).isZero();
        assertThat(help.out()).startsWith("Usage:");
    }

    @Test
    void severalFilesRenderInOneRunToAnOutputFolder() throws IOException {
        Path second = Files.copy(SAMPLE, WORK.resolve("second-page.json"));
        Path out = WORK.resolve("rendered");
        Run r = java(WORK, null, "render", "--format", "html", "--format", "amp,jsonld", "--out", out.toString(),
                SAMPLE.toString(), second.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(files(out)).containsExactlyInAnyOrder("sample-page.html", "sample-page.amp.html",
                "sample-page.jsonld", "second-page.html", "second-page.amp.html", "second-page.jsonld");
        assertThat(NuChecker.check(Files.readString(out.resolve("second-page.html")))).isEmpty();
    }

    @Test
    void theJarChecksPageDocumentsWithExitStatusesAndNoStackTrace() throws IOException {
        Path folder = Files.createDirectories(WORK.resolve("to-check"));
        Files.copy(SAMPLE, folder.resolve("sample-page.json"));
        Run clean = java(WORK, null, "check", "--format", "sarif", folder.toString());
        assertThat(clean.err()).isEmpty();
        assertThat(JSON.readTree(clean.out()).get("version").asText()).isEqualTo("2.1.0");
        assertThat(clean.status()).isZero();
        assertThat(JSON.readTree(clean.out()).at("/runs/0/results").size()).isZero();
        ObjectNode doc = (ObjectNode) JSON.readTree(SAMPLE.toFile());
        ((ObjectNode) doc.get("article")).put("headline", "A headline an editor made far too long for search"
                + " results, which cut every headline after one hundred and ten characters");
        Path weak = Files.writeString(WORK.resolve("weak.json"), JSON.writeValueAsString(doc));
        Run strict = java(WORK, null, "check", "--fail-on", "warning", weak.toString());
        assertThat(strict.status()).isEqualTo(1);
        assertThat(strict.out()).contains("warning headline.too_long", "/article/headline");
        assertThat(java(WORK, null, "check", weak.toString()).status()).isZero();
        Run bad = java(WORK, "{\"id\": [".getBytes(StandardCharsets.UTF_8), "check", "-");
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.out()).contains("json.syntax");
        Run missing = java(WORK, null, "check", "no-such-folder");
        assertThat(missing.status()).isEqualTo(3);
        for (Run r : List.of(clean, strict, bad, missing)) {
            assertThat(r.out() + r.err()).doesNotContain("Exception").doesNotContain("\tat ");
        }
    }

    // ------------------------------------------------------------------ helpers

    /** Runs the jar in {@code dir}, with {@code stdin} (or nothing) as standard input. */
    private static Run java(Path dir, byte[] stdin, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", JAR.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        try {
            Path out = Files.createTempFile(WORK, "stdout", ".txt");
            Path err = Files.createTempFile(WORK, "stderr", ".txt");
            ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            Process p = pb.start();
            try (var in = p.getOutputStream()) {
                if (stdin != null) {
                    in.write(stdin);
                }
            }
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("timed out: " + command);
            }
            Run r = new Run(p.exitValue(), Files.readString(out), Files.readString(err));
            Files.delete(out);
            Files.delete(err);
            return r;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The files below a folder, as paths relative to it with {@code /}. */
    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).map(f -> dir.relativize(f).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    private static List<Path> htmlPages() throws IOException {
        return files(SITE).stream().filter(f -> f.endsWith(".html") && !f.endsWith(".amp.html")).map(SITE::resolve)
                .toList();
    }

    private static List<Path> allPages() throws IOException {
        return files(SITE).stream().filter(f -> f.endsWith(".html")).map(SITE::resolve).toList();
    }

    private static void delete(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> all = Files.walk(dir)) {
                for (Path p : all.sorted((a, b) -> b.compareTo(a)).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
