package dev.broadsheet.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.broadsheet.html.HtmlPolicy;
import dev.broadsheet.html.Sanitizer;
import dev.broadsheet.json.BroadsheetJson;
import dev.broadsheet.model.Article;
import dev.broadsheet.model.ArticleStatus;
import dev.broadsheet.model.Image;
import dev.broadsheet.model.Person;
import dev.broadsheet.model.Section;
import dev.broadsheet.model.Tag;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CheckCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    record Run(int status, String out, String err) {
    }

    private static Run run(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Quickstart.run(List.of(args), new ByteArrayInputStream(stdin), out,
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Run run(String... args) {
        return run(new byte[0], args);
    }

    static Article.Builder clean() {
        return Article.builder().id("a-1").headline("Senators question security cooperation with Baku")
                .description("A letter from eight senators asks whether security assistance continues.")
                .section(Section.of("World")).addTag(Tag.of("Karabakh"))
                .featuredImage(Image.builder().url("https://img.example.com/border.jpg")
                        .alt("Soldiers on a mountain road").size(1600, 900)
                        .addRendition(new Image.Rendition("https://img.example.com/b43.jpg", 1200, 900))
                        .addRendition(new Image.Rendition("https://img.example.com/b11.jpg", 1200, 1200)).build())
                .body(Sanitizer.sanitize("<p>Eight senators sent a letter on Monday.</p>", HtmlPolicy.article()))
                .addAuthor(Person.of("Ann Writer")).language("en").status(ArticleStatus.PUBLISHED)
                .publishedAt(Instant.parse("2026-09-21T14:05:00Z"));
    }

    private Path write(String name, String json) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, json);
        return p;
    }

    private Path write(String name, Article.Builder article) throws IOException {
        return write(name, BroadsheetJson.storage().writePretty(article.build()));
    }

    private static void noStackTrace(Run r) {
        assertThat(r.out() + r.err()).doesNotContain("\tat ", "Exception", "internal error");
    }

    @Test
    void aCleanArticleExitsZero() throws IOException {
        Path p = write("clean.json", clean());
        Run r = run("check", p.toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).isEqualTo(p + ": no findings\n1 document: 0 errors, 0 warnings, 0 notices\n");
    }

    @Test
    void warningsArePrintedGroupedByDocumentAndFailOnlyWithFailOnWarning() throws IOException {
        Path p = write("long.json", clean().headline("h".repeat(120)).section(null));
        Run r = run("check", p.toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).startsWith(p + ": 2 findings\n")
                .contains("  warning headline.too_long             /headline  The headline has 120 characters")
                .contains("  warning section.missing               /section  The article belongs to no section.")
                .endsWith("1 document: 0 errors, 2 warnings, 0 notices\n");
        assertThat(run("check", "--fail-on", "warning", p.toString()).status()).isEqualTo(1);
        assertThat(run("check", "--fail-on=notice", p.toString()).status()).isEqualTo(1);
        Path notice = write("notice.json", clean().tags(null));
        assertThat(run("check", "--fail-on", "warning", notice.toString()).status()).isZero();
        assertThat(run("check", "--fail-on", "notice", notice.toString()).status()).isEqualTo(1);
    }

    @Test
    void invalidDocumentsExitTwoWithEveryViolation() throws IOException {
        ObjectNode doc = (ObjectNode) JSON.readTree(BroadsheetJson.storage().write(clean().build()));
        doc.put("headline", "");
        doc.put("canonicalUrl", "javascript:alert(1)");
        Path p = write("bad.json", doc.toString());
        Run r = run("check", p.toString(), "--fail-on", "notice");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).contains("  error   required", "/headline", "/canonicalUrl");
        noStackTrace(r);
    }

    @Test
    void unreadableInputExitsThreeAndTheOtherDocumentsAreStillChecked() throws IOException {
        Path bad = write("bad.json", "{\"id\": \"\"}");
        Path binary = dir.resolve("binary.json");
        Files.write(binary, new byte[] {'{', (byte) 0xFF, (byte) 0xFE, '}'});
        Run r = run("check", dir.resolve("missing.json").toString(), binary.toString(), bad.toString());
        assertThat(r.status()).isEqualTo(3);
        assertThat(r.err()).contains("cannot read " + dir.resolve("missing.json") + ": no such file or folder",
                "cannot read " + binary + ": not UTF-8 text");
        assertThat(r.out()).contains(bad + ": ", "  error   required").startsWith(dir.resolve("missing.json")
                + ": unreadable: no such file or folder\n").endsWith(", 0 warnings, 0 notices, 2 unreadable inputs\n")
                .contains("3 documents: ");
        noStackTrace(r);
    }

    @Test
    void foldersAreWalkedInNameOrderForJsonFiles() throws IOException {
        write("b/second.json", clean().tags(null));
        write("a/first.json", clean());
        write("a/notes.txt", "not json");
        Run r = run("check", dir.toString());
        assertThat(r.out()).containsSubsequence(dir.resolve("a/first.json") + ": no findings",
                dir.resolve("b/second.json") + ": 1 finding", "  notice  tags.missing");
        assertThat(r.out()).doesNotContain("notes.txt");
        assertThat(r.status()).isZero();
    }

    @Test
    void standardInputIsReadForADash() {
        byte[] json = BroadsheetJson.storage().write(clean().headline("h".repeat(111)).build())
                .getBytes(StandardCharsets.UTF_8);
        Run r = run(json, "check", "--fail-on", "warning", "-");
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).startsWith("<stdin>: 1 finding\n").contains("headline.too_long");
    }

    @Test
    void pageDocumentsAreCheckedWithTheSitesUrlForInternalLinksAndPathsUnderArticle() throws IOException {
        ObjectNode article = (ObjectNode) JSON.readTree(BroadsheetJson.storage().write(clean().build()));
        article.put("body", "<p>in the USA<a href=\"javascript:x\">Eight senators</a> wrote.</p>");
        String page = "{\"site\": {\"name\": \"News\", \"baseUrl\": \"https://news.example.com\"}, \"article\": "
                + article + "}";
        Run r = run("check", write("page.json", page).toString());
        assertThat(r.out()).contains("  warning text.glued                    /article/body  Two words are glued",
                "at character 13 of the sanitized markup", "(\"in the USA|Eight senators\")");
        assertThat(r.status()).isZero();
    }

    @Test
    void jsonReportsListDocumentsFindingsAndASummary() throws IOException {
        Path p = write("long.json", clean().headline("h".repeat(120)));
        Run r = run("check", "--format", "json", p.toString());
        JsonNode root = JSON.readTree(r.out());
        assertThat(root.at("/documents/0/path").asText()).isEqualTo(p.toString());
        assertThat(root.at("/documents/0/findings/0/severity").asText()).isEqualTo("warning");
        assertThat(root.at("/documents/0/findings/0/code").asText()).isEqualTo("headline.too_long");
        assertThat(root.at("/documents/0/findings/0/path").asText()).isEqualTo("/headline");
        assertThat(root.at("/documents/0/findings/0/value").asText()).startsWith("hhh");
        assertThat(root.at("/summary/warnings").asInt()).isEqualTo(1);
        assertThat(root.at("/summary/errors").asInt()).isZero();
    }

    @Test
    void sarifReportsAreSarif210WithOneResultPerFinding() throws IOException {
        Path p = write("dir with space/long.json", clean().headline("h".repeat(120)).tags(null));
        Path bad = write("bad.json", "{");
        Run r = run("check", "--format=sarif", p.toString(), bad.toString(),
                dir.resolve("missing.json").toString());
        assertThat(r.status()).isEqualTo(3);
        JsonNode root = JSON.readTree(r.out());
        assertThat(root.get("version").asText()).isEqualTo("2.1.0");
        assertThat(root.get("$schema").asText()).isEqualTo("https://json.schemastore.org/sarif-2.1.0.json");
        JsonNode run = root.at("/runs/0");
        assertThat(run.at("/tool/driver/name").asText()).isEqualTo("broadsheet-check");
        JsonNode results = run.get("results");
        assertThat(results).hasSize(3);
        assertThat(results.get(0).get("ruleId").asText()).isEqualTo("headline.too_long");
        assertThat(results.get(0).get("level").asText()).isEqualTo("warning");
        assertThat(results.get(1).get("level").asText()).isEqualTo("note");
        assertThat(results.get(2).get("level").asText()).isEqualTo("error");
        assertThat(results.get(2).get("ruleId").asText()).isEqualTo("json.syntax");
        assertThat(results.get(0).at("/locations/0/physicalLocation/artifactLocation/uri").asText())
                .endsWith("/dir%20with%20space/long.json");
        assertThat(results.get(0).at("/locations/0/logicalLocations/0/fullyQualifiedName").asText())
                .isEqualTo("/headline");
        for (JsonNode result : results) {
            int index = result.get("ruleIndex").asInt();
            assertThat(run.at("/tool/driver/rules/" + index + "/id").asText()).isEqualTo(
                    result.get("ruleId").asText());
        }
        assertThat(run.at("/invocations/0/executionSuccessful").asBoolean()).isFalse();
        assertThat(run.at("/invocations/0/toolExecutionNotifications/0/message/text").asText())
                .contains("missing.json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "null", "[]", "42", "\"text\"", "{", "{\"id\": {\"$ne\": 1}}",
        "{\"article\": 5}", "{\"site\": {}}", "{\"site\": null, \"article\": null}", "{\"body\": 5, \"id\": \"x\"}",
        "{\"id\": \"a\", \"headline\": \"h\", \"body\": \"<script>alert(1)</script>\", \"tags\": [[]]}",
        "{\"id\": \"a\", \"headline\": \"h\u202e\u0000\"}", "{\"id\": \"a\", \"headline\": \"h\", \"publishedAt\": 1e999}",
        "\uFEFF{}"})
    void hostileDocumentsAreReportedWithoutAStackTrace(String json) {
        Run r = run(json.getBytes(StandardCharsets.UTF_8), "check", "-");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).contains("error");
        noStackTrace(r);
    }

    @Test
    void deeplyNestedAndHugeDocumentsAreReportedWithoutAStackTrace() {
        Run deep = run(("[".repeat(100_000)).getBytes(StandardCharsets.UTF_8), "check", "-");
        assertThat(deep.status()).isEqualTo(2);
        assertThat(deep.out()).contains("json.limit");
        noStackTrace(deep);
        byte[] huge = new byte[(int) CheckCommand.MAX_DOCUMENT_BYTES + 1];
        Run big = run(huge, "check", "-");
        assertThat(big.status()).isEqualTo(3);
        assertThat(big.err()).contains("larger than");
        noStackTrace(big);
    }

    @Test
    void usageErrorsNameTheProblem() {
        assertThat(run("check").err()).contains("check needs at least one PATH");
        assertThat(run("check", "--format", "xml", "x").err()).contains("unknown format \"xml\"");
        assertThat(run("check", "--fail-on", "info", "x").err()).contains("unknown level \"info\"");
        assertThat(run("check", "-", "-").err()).contains("can be read only once");
        assertThat(run("check", "--help").out()).contains("check [--format text|json|sarif]");
    }
}
