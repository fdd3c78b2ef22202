package dev.broadsheet.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.html.HtmlPolicy;
import dev.broadsheet.html.Markdown;
import dev.broadsheet.model.Article;
import dev.broadsheet.model.ArticleStatus;
import dev.broadsheet.model.Comment;
import dev.broadsheet.model.Person;
import dev.broadsheet.render.html.HtmlRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's code example, compiled and run; a second test checks the README shows exactly this code. */
class ReadmeExampleTest {

    @Test
    void theReadmeExampleRendersAPage() {
        List<Comment> comments = TestContent.comments();
        java.io.ByteArrayOutputStream socket = new java.io.ByteArrayOutputStream();
        // README:start
        Site site = Site.builder().name("The Caspian Ledger").baseUrl("https://news.example.com").build();
        Article article = Article.builder()
                .id("a-1").headline("Senators question security cooperation with Baku")
                .addAuthor(Person.of("Rauf Həsənov"))
                .body(Markdown.toHtml("Eight senators **wrote** to the Secretary of State.", HtmlPolicy.article()))
                .status(ArticleStatus.PUBLISHED).publishedAt(Instant.parse("2026-09-21T14:05:00Z"))
                .build();
        HtmlRenderer renderer = HtmlRenderer.builder().site(site).build();   // build once, share across threads
        String page = renderer.render(ArticlePage.builder(article).comments(comments).build());

        Utf8Buffer bytes = new Utf8Buffer();          // what a server sends: UTF-8, no String; keep one per thread
        renderer.render(ArticlePage.builder(article).comments(comments).commentPage(1).build(), bytes.clear());
        socket.write(bytes.array(), 0, bytes.length());
        // README:end
        assertThat(socket.toString(StandardCharsets.UTF_8)).isEqualTo(page);
        assertThat(page).contains("<h1 class=\"bs-headline\">Senators question security cooperation with Baku</h1>")
                .contains("<strong>wrote</strong>").contains("Rauf Həsənov");
    }

    @Test
    void theReadmeShowsExactlyTheCompiledExample() throws IOException {
        Path module = Path.of("").toAbsolutePath();
        String readme = Files.readString(module.resolveSibling("README.md"), StandardCharsets.UTF_8);
        String source = Files.readString(module.resolve(
                "src/test/java/dev/broadsheet/render/ReadmeExampleTest.java"), StandardCharsets.UTF_8);
        Matcher block = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertThat(block.find()).as("README has a java code block").isTrue();
        String snippet = source.substring(source.indexOf("// README:start") + "// README:start".length(),
                source.indexOf("        // README:end"));
        assertThat(normalize(block.group(1), 0)).isEqualTo(normalize(snippet, 8));
    }

    /** Removes {@code indent} leading spaces (the test method's indentation) so both read the same. */
    private static String normalize(String code, int indent) {
        StringBuilder out = new StringBuilder();
        for (String line : code.strip().split("\n")) {
            out.append(line.replaceFirst("^ {" + indent + "}", "").stripTrailing()).append('\n');
        }
        return out.toString().strip();
    }
}
