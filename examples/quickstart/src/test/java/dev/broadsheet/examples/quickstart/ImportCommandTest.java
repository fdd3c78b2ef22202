package dev.broadsheet.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.broadsheet.json.BroadsheetJson;
import dev.broadsheet.model.Article;
import dev.broadsheet.model.ArticleStatus;
import dev.broadsheet.model.Comment;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Quickstart.run(List.of(args), new ByteArrayInputStream(new byte[0]), out,
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path fixture() throws IOException {
        Path file = dir.resolve("ledger-export.wxr");
        try (InputStream in = getClass().getResourceAsStream("ledger-export.wxr")) {
            Files.copy(in, file);
        }
        return file;
    }

    private static List<Path> documents(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    @Test
    void importWritesAPageDocumentPerArticleThatReadsBackAndAReport() throws Exception {
        Path out = dir.resolve("imported");
        Run r = run("import", "wxr", fixture().toString(), "--out", out.toString());

        assertThat(r.status()).as(r.err()).isEqualTo(Quickstart.INVALID); // post 103 has no title
        assertThat(r.err()).contains("item 103: /headline required").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.out()).contains("Imported 2 articles with 2 comments").contains("import-report.json");
        List<Path> docs = documents(out.resolve("articles"));
        assertThat(docs).extracting(p -> p.getFileName().toString()).containsExactly("wp-101.json", "wp-102.json");

        List<Article> articles = new ArrayList<>();
        List<Comment> comments = new ArrayList<>();
        for (Path doc : docs) {
            JsonNode root = JSON.readTree(doc.toFile());
            assertThat(root.get("site").get("name").asText()).isEqualTo("The Caspian Ledger");
            assertThat(root.get("site").get("baseUrl").asText()).isEqualTo("https://ledger.example");
            articles.add(BroadsheetJson.storage().convert(root.get("article"), Article.class));
            comments.addAll(BroadsheetJson.storage().convertList(root.get("comments"), Comment.class, "/comments"));
        }
        Article first = articles.get(0);
        assertThat(first.id()).isEqualTo("wp-101");
        assertThat(first.headline()).isEqualTo("Senators question security cooperation with Baku");
        assertThat(first.status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(first.section().orElseThrow().name()).isEqualTo("World");
        assertThat(first.authors().get(0).person().name()).isEqualTo("Rauf Həsənov");
        assertThat(first.body().html()).startsWith("<p>Eight senators wrote to the Secretary of State.<br>")
                .doesNotContain("<script").doesNotContain("javascript:");
        assertThat(articles.get(1).headline()).isEqualTo("Baku hosts a regional summit");
        assertThat(comments).extracting(Comment::id).containsExactly("wp-c-7", "wp-c-8");
        assertThat(comments.get(1).parentId()).contains("wp-c-7");
        assertThat(comments.get(0).author().email()).contains("samir@mail.example"); // storage keeps it

        JsonNode report = JSON.readTree(out.resolve("import-report.json").toFile());
        assertThat(report.get("counts").get("items").asInt()).isEqualTo(3);
        assertThat(report.get("counts").get("articles").asInt()).isEqualTo(2);
        assertThat(report.get("counts").get("comments").asInt()).isEqualTo(2);
        assertThat(report.get("counts").get("changedBySanitizing").asInt()).isEqualTo(1);
        assertThat(report.get("rejected")).anySatisfy(e -> {
            assertThat(e.get("item").asText()).isEqualTo("103");
            assertThat(e.get("field").asText()).isEqualTo("/headline");
        });
        String everythingPrinted = Files.readString(out.resolve("import-report.json")) + r.out() + r.err();
        assertThat(everythingPrinted).doesNotContain("samir@mail.example").doesNotContain("203.0.113.7")
                .doesNotContain("rauf@ledger.example");
    }

    @Test
    void theImportedDocumentsRenderAndPassTheChecks() throws Exception {
        Path out = dir.resolve("imported");
        run("import", "wxr", fixture().toString(), "--out", out.toString());
        List<String> args = new ArrayList<>(List.of("render", "--format", "html,amp,jsonld", "--out",
                dir.resolve("site").toString()));
        documents(out.resolve("articles")).forEach(p -> args.add(p.toString()));

        Run render = run(args.toArray(String[]::new));

        assertThat(render.status()).as(render.err()).isZero();
        String html = Files.readString(dir.resolve("site/wp-101.html"));
        assertThat(html).contains("Senators question security cooperation with Baku").contains("Thanks for the report.")
                .doesNotContain("samir@mail.example").doesNotContain("203.0.113.7");
        assertThat(dir.resolve("site/wp-102.amp.html")).exists();
        Run check = run("check", out.resolve("articles").toString());
        assertThat(check.status()).as(check.out() + check.err()).isZero();
    }

    @Test
    void twoPostsWithOneIdAreBothWrittenAndNamed() throws Exception {
        String whole = Files.readString(fixture());
        int at = whole.indexOf("<wp:post_id>101<");
        int end = whole.indexOf("</item>", at) + "</item>".length();
        String item = whole.substring(whole.lastIndexOf("<item>", at), end);
        Path merged = dir.resolve("merged.wxr");
        Files.writeString(merged, whole.substring(0, end) + "\n" + item + whole.substring(end));
        Path out = dir.resolve("imported");

        Run r = run("import", "wxr", merged.toString(), "--out", out.toString());

        assertThat(r.status()).isEqualTo(Quickstart.INVALID);
        assertThat(r.err()).contains("another post has the id of wp-101; written as articles/wp-101-duplicate-2.json");
        assertThat(documents(out.resolve("articles"))).extracting(p -> p.getFileName().toString())
                .contains("wp-101.json", "wp-101-duplicate-2.json");
        assertThat(JSON.readTree(out.resolve("articles/wp-101-duplicate-2.json").toFile()).get("article").get("id")
                .asText()).isEqualTo("wp-101");
    }

    @Test
    void aBrokenExportKeepsWhatCameBeforeAndExitsThree() throws Exception {
        String whole = Files.readString(fixture());
        Path cut = dir.resolve("cut.wxr");
        Files.writeString(cut, whole.substring(0, whole.indexOf("<wp:post_id>102")));
        Path out = dir.resolve("imported");

        Run r = run("import", "wxr", cut.toString(), "--out", out.toString());

        assertThat(r.status()).isEqualTo(Quickstart.IO_ERROR);
        assertThat(r.err()).containsPattern("broken WXR input at line \\d+").doesNotContain("\tat ");
        assertThat(documents(out.resolve("articles"))).extracting(p -> p.getFileName().toString())
                .containsExactly("wp-101.json");
        JsonNode report = JSON.readTree(out.resolve("import-report.json").toFile());
        assertThat(report.get("failure").get("line").asInt()).isPositive();
    }

    @Test
    void inputsThatAreNotExportsNeverPrintAStackTrace() throws Exception {
        Path html = dir.resolve("page.wxr");
        Files.writeString(html, "<html><body>not an export</body></html>");
        Path binary = dir.resolve("binary.wxr");
        Files.write(binary, new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 1, 2, (byte) 0xC3, (byte) 0x28});
        Path empty = dir.resolve("empty.wxr");
        Files.write(empty, new byte[0]);
        Path untitled = dir.resolve("untitled.wxr");
        Files.writeString(untitled, "<?xml version=\"1.0\"?>\n<rss><channel><link>ftp://x.example</link></channel></rss>");
        PrintStream err = System.err;
        ByteArrayOutputStream elsewhere = new ByteArrayOutputStream();
        System.setErr(new PrintStream(elsewhere, true, StandardCharsets.UTF_8));
        try {
            for (Path p : List.of(html, binary, empty, dir.resolve("missing.wxr"), dir)) {
                Run r = run("import", "wxr", p.toString(), "--out", dir.resolve("out").toString());
                assertThat(r.status()).as(p + ": " + r.err()).isEqualTo(Quickstart.IO_ERROR);
                assertThat(r.err()).as(p.toString()).startsWith(Quickstart.NAME + ": ").doesNotContain("\tat ")
                        .doesNotContain("internal error");
            }
        } finally {
            System.setErr(err);
        }
        assertThat(elsewhere.toString(StandardCharsets.UTF_8)).as("printed by the XML parser").isEmpty();
        assertThat(run("import", "wxr", html.toString(), "--out", dir.resolve("out").toString()).err())
                .contains("not a WordPress export");
        Run r = run("import", "wxr", untitled.toString(), "--out", dir.resolve("out").toString());
        assertThat(r.status()).isEqualTo(Quickstart.INVALID);
        assertThat(r.err()).contains("does not make a valid site").contains("/channel/title required")
                .contains("/channel/link url.scheme");
    }

    @Test
    void theCommandLineIsChecked() {
        assertThat(run("import").status()).isEqualTo(Quickstart.USAGE);
        assertThat(run("import", "ninjs", "a.json", "--out", "x").err()).contains("import wxr FILE --out DIR");
        assertThat(run("import", "wxr", "a.wxr").err()).contains("needs --out DIR");
        assertThat(run("import", "wxr", "a.wxr", "b.wxr", "--out", "x").err()).contains("one FILE, got 2");
        assertThat(run("import", "wxr", "--help").out()).contains("import wxr FILE --out DIR");
    }
}
