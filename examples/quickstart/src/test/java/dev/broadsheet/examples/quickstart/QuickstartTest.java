package dev.broadsheet.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.broadsheet.fixtures.Fixtures;
import dev.broadsheet.model.Article;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line run in-process: exit statuses, what goes to stdout and stderr, which files are written. */
class QuickstartTest {

    private static final String SAMPLE = PageDocumentTest.SAMPLE.toString();

    @TempDir
    Path tmp;

    /** One run's outcome. */
    record Run(int status, String out, String err) {
    }

    private static Run run(InputStream stdin, OutputStream stdout, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Quickstart.run(List.of(args), stdin, stdout,
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String out = stdout instanceof ByteArrayOutputStream b ? b.toString(StandardCharsets.UTF_8) : "";
        Run r = new Run(status, out, err.toString(StandardCharsets.UTF_8));
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
        return r;
    }

    private static Run run(String... args) {
        return run(InputStream.nullInputStream(), new ByteArrayOutputStream(), args);
    }

    /** Standard output that fails on every write, like a full disk or a closed pipe. */
    private static OutputStream failing(String why) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException(why);
            }
        };
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(tmp.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void helpGoesToStandardOutput() {
        Run r = run("--help");
        assertThat(r.status()).isZero();
        assertThat(r.out()).isEqualTo(Command.USAGE).contains("render --format FORMAT");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void aUsageErrorSaysWhyAndExitsWith1() {
        Run r = run("render", "--format", "pdf", SAMPLE);
        assertThat(r.status()).isEqualTo(Quickstart.USAGE);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("broadsheet-quickstart: unknown format \"pdf\"; the formats are html, amp, "
                + "jsonld, rss, atom, jsonfeed, sitemap, newssitemap\nRun with --help for usage.\n");
    }

    @Test
    void renderWritesTheResultToStandardOutput() {
        Run r = run("render", "--format", "html", SAMPLE);
        assertThat(r.status()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("<!DOCTYPE html>").contains("Lankaran tea growers share a drying house")
                .doesNotContain("nurlan.b@post.example").doesNotContain("198.51.100.23");
    }

    @Test
    void severalFormatsFollowEachOtherInTheOrderGiven() {
        Run r = run("render", "--format", "jsonld,html", SAMPLE);
        assertThat(r.status()).isZero();
        assertThat(r.out()).startsWith("{\n  \"@context\" : \"https://schema.org\"");
        assertThat(r.out().indexOf("<!DOCTYPE html>")).isPositive();
    }

    @Test
    void feedsAndSitemapsOfTheDocumentsSiteHoldItsArticle() {
        Run r = run("render", "--format", "rss,atom,jsonfeed,sitemap", SAMPLE);
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("<rss version=\"2.0\"").contains("<feed xmlns=\"http://www.w3.org/2005/Atom\"")
                .contains("\"version\":\"https://jsonfeed.org/version/1.1\"")
                .contains("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"")
                .contains("Lankaran tea growers share a drying house")
                .doesNotContain("nurlan.b@post.example").doesNotContain("198.51.100.23");
    }

    @Test
    void aNewsSitemapOfAnOldArticleIsRefusedWithItsReason() {
        Run r = run("render", "--format", "newssitemap", SAMPLE);
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("/article/publishedAt " + RenderCommand.NOT_NEWS + ":")
                .contains("within the last 2 days");
    }

    @Test
    void aDashReadsStandardInput() throws IOException {
        byte[] sample = Files.readAllBytes(Path.of(SAMPLE));
        Run r = run(new ByteArrayInputStream(sample), new ByteArrayOutputStream(), "render", "--format", "amp", "-");
        assertThat(r.status()).isZero();
        assertThat(r.out()).startsWith("<!DOCTYPE html>").contains("<html ⚡");
    }

    @Test
    void invalidContentListsEveryViolationWithItsPathAndExitsWith2() throws IOException {
        ObjectNode doc = PageDocumentTest.sample();
        ((ObjectNode) doc.get("site")).put("baseUrl", "not a url");
        ((ObjectNode) doc.get("article").get("authors").get(0)).put("url", "people/\u001b[2Jaysel");
        ((ObjectNode) doc.get("comments").get(3).get("author")).put("email", "nurlan at post.example");
        Path file = write("bad.json", new ObjectMapper().writeValueAsString(doc));

        Run r = run("render", "--format", "html", file.toString());
        assertThat(r.status()).isEqualTo(Quickstart.INVALID);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).hasSize(4).first().isEqualTo(file + ": invalid page document, 3 violations");
        assertThat(r.err()).contains(file + ": /site/baseUrl ", file + ": /article/authors/0/url url.relative: ",
                file + ": /comments/3/author/email ").contains("[redacted]").doesNotContain("nurlan")
                .contains("(got \"people/\\u001B[2Jaysel\")").doesNotContain("\u001b");
    }

    @Test
    void malformedJsonIsInvalidContent() throws IOException {
        Path file = write("broken.json", "{\"site\": [}");
        Run r = run("render", "--format", "html", file.toString());
        assertThat(r.status()).isEqualTo(Quickstart.INVALID);
        assertThat(r.err()).contains(file + ": (value) json.syntax: is not well-formed JSON at line 1, column 11");
    }

    @Test
    void aSiteThatIsNotHttpsHasNoAmpPage() throws IOException {
        ObjectNode doc = PageDocumentTest.sample();
        ((ObjectNode) doc.get("site")).put("baseUrl", "http://courier.example");
        Path file = write("plain.json", new ObjectMapper().writeValueAsString(doc));

        assertThat(run("render", "--format", "html,jsonld", file.toString()).status()).isZero();
        Run r = run("render", "--format", "html,amp", file.toString());
        assertThat(r.status()).isEqualTo(Quickstart.INVALID);
        assertThat(r.out()).as("nothing is written for a document that fails in one format").isEmpty();
        assertThat(r.err()).contains(file + ": /site/baseUrl " + RenderCommand.AMP + ": must be an https URL");
    }

    @Test
    void aMissingFileIsAnIoErrorAndExitsWith3() {
        Path missing = tmp.resolve("missing.json");
        Run r = run("render", "--format", "html", missing.toString());
        assertThat(r.status()).isEqualTo(Quickstart.IO_ERROR);
        assertThat(r.err()).isEqualTo("broadsheet-quickstart: cannot read " + missing + ": no such file or folder\n");
    }

    @Test
    void aFolderIsNotAPageDocument() {
        Run r = run("render", "--format", "html", tmp.toString());
        assertThat(r.status()).isEqualTo(Quickstart.IO_ERROR);
        assertThat(r.err()).startsWith("broadsheet-quickstart: cannot read " + tmp + ": ");
    }

    @Test
    void aFailingStandardOutputIsAnIoError() {
        Run r = run(InputStream.nullInputStream(), failing("No space left on device"), "render", "--format", "html", SAMPLE, SAMPLE);
        assertThat(r.status()).isEqualTo(Quickstart.IO_ERROR);
        assertThat(r.err()).as("reported once, then the run stops")
                .isEqualTo("broadsheet-quickstart: cannot write to standard output: No space left on device\n");
    }

    @Test
    void helpToAFailingStandardOutputIsAnIoError() {
        Run r = run(InputStream.nullInputStream(), failing("Broken pipe"), "--help");
        assertThat(r.status()).isEqualTo(Quickstart.IO_ERROR);
        assertThat(r.err()).isEqualTo("broadsheet-quickstart: cannot write to standard output\n");
    }

    @Test
    void outWritesOneFilePerInputAndFormatNamedAfterTheInput() throws IOException {
        Path second = write("second.json", Files.readString(Path.of(SAMPLE)));
        Path out = tmp.resolve("pages/nested");
        Run r = run(new ByteArrayInputStream(Files.readAllBytes(second)), new ByteArrayOutputStream(),
                "render", "--out", out.toString(), "--format", "html", "--format", "amp,jsonld", SAMPLE,
                second.toString(), "-");
        assertThat(r.status()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEmpty();
        try (var files = Files.list(out)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder(
                    "sample-page.html", "sample-page.amp.html", "sample-page.jsonld",
                    "second.html", "second.amp.html", "second.jsonld",
                    "stdin.html", "stdin.amp.html", "stdin.jsonld");
        }
        assertThat(Files.readString(out.resolve("second.jsonld"))).startsWith("{");
    }

    @Test
    void everyFileIsTriedAndTheHighestStatusWins() throws IOException {
        Path bad = write("bad.json", "{}");
        Path out = tmp.resolve("out");
        Run r = run("render", "--out", out.toString(), "--format", "html", bad.toString(),
                tmp.resolve("gone.json").toString(), SAMPLE);
        assertThat(r.status()).isEqualTo(Quickstart.IO_ERROR);
        assertThat(r.err()).contains(bad + ": invalid page document", "cannot read " + tmp.resolve("gone.json"));
        assertThat(out.resolve("sample-page.html")).exists();
        assertThat(out.resolve("bad.html")).doesNotExist();
    }

    @Test
    void anOutFolderThatCannotBeMadeIsAnIoError() throws IOException {
        Path file = write("file", "");
        Run r = run("render", "--out", file.resolve("sub").toString(), "--format", "html", SAMPLE);
        assertThat(r.status()).isEqualTo(Quickstart.IO_ERROR);
        assertThat(r.err()).startsWith("broadsheet-quickstart: cannot create the folder " + file.resolve("sub"));
    }

    @Test
    void siteWritesEveryFixtureAndSaysWhere() {
        Path out = tmp.resolve("site");
        Run r = run("site", out.toString());
        assertThat(r.status()).isZero();
        assertThat(r.err()).isEmpty();
        int n = Fixtures.articles().size();
        assertThat(r.out().lines()).containsSubsequence(
                "Wrote " + n + " article pages  " + out.resolve("articles/*.html"),
                "Wrote " + n + " AMP pages      " + out.resolve("articles/*.amp.html"),
                "Wrote " + n + " JSON-LD files  " + out.resolve("articles/*.jsonld"),
                "Wrote 16 section pages  " + out.resolve("section/*.html"),
                "Wrote 44 tag pages      " + out.resolve("tag/*.html"),
                "Wrote 12 author pages   " + out.resolve("author/*.html"),
                "Wrote  1 stylesheet     " + out.resolve("assets/broadsheet.css"),
                "Wrote  1 home page      " + out.resolve("index.html"),
                "Open " + out.resolve("index.html").toUri() + " in a browser.");
        for (Article a : Fixtures.articles()) {
            assertThat(out.resolve("articles/" + a.slug() + ".html")).isRegularFile();
        }
    }

    @Test
    void draftsScheduledAndWithdrawnArticlesAreWrittenButNotListed() throws IOException {
        Path out = tmp.resolve("site");
        Run r = run("site", out.toString());
        String index = Files.readString(out.resolve("index.html"));
        for (Article a : List.of(Fixtures.draft(), Fixtures.scheduled(), Fixtures.withdrawn())) {
            assertThat(r.out()).contains(a.slug() + " (" + a.status().name().toLowerCase() + ")");
            assertThat(out.resolve("articles/" + a.slug() + ".html")).isRegularFile();
            assertThat(index).doesNotContain(a.slug());
        }
        assertThat(index).contains("articles/" + Fixtures.foreignAffairs().slug() + ".html");
    }

    @Test
    void aSiteFolderThatCannotBeWrittenIsAnIoError() throws IOException {
        Path file = write("taken", "");
        Run r = run("site", file.toString());
        assertThat(r.status()).isEqualTo(Quickstart.IO_ERROR);
        assertThat(r.err()).startsWith("broadsheet-quickstart: cannot write the site to " + file + ": ");
    }

    @Test
    void printedMessagesCannotDriveTheTerminal() {
        assertThat(Quickstart.printable("a\u001b[2Jb\rc\u202Ed\u0085e ə"))
                .isEqualTo("a\\u001B[2Jb\\u000Dc\\u202Ed\\u0085e ə");
    }
}
