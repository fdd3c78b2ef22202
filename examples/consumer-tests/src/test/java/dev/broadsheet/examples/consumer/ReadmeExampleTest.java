package dev.broadsheet.examples.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.fixtures.Fixtures;
import dev.broadsheet.model.Article;
import dev.broadsheet.model.Comment;
import dev.broadsheet.render.ArticlePage;
import dev.broadsheet.render.Site;
import dev.broadsheet.render.html.HtmlRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The test the README shows, compiled and run; a second test checks that the README shows exactly this code. */
class ReadmeExampleTest {

    // README:start
    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .site(Site.builder().name("My Paper").baseUrl("https://news.example.com").build())
            .build();

    @Test
    void anArticlePageShowsTheHeadlineAndNoCommenterEmail() {
        Article story = Fixtures.foreignAffairs();
        List<Comment> comments = Fixtures.comments(story.id());   // every status, nested six deep

        Document page = Jsoup.parse(renderer.render(ArticlePage.builder(story).comments(comments).build()));

        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.selectFirst("h1").text()).isEqualTo(story.headline());
        for (Comment c : comments) {
            assertThat(page.html()).doesNotContain(c.author().email().orElseThrow());
        }
    }
    // README:end

    @Test
    void theReadmeShowsExactlyThisTest() throws IOException {
        Path module = Path.of("").toAbsolutePath();
        String readme = Files.readString(module.resolve("README.md"), StandardCharsets.UTF_8);
        String source = Files.readString(module.resolve(
                "src/test/java/dev/broadsheet/examples/consumer/ReadmeExampleTest.java"), StandardCharsets.UTF_8);
        Matcher block = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertThat(block.find()).as("README has a java code block").isTrue();
        String snippet = source.substring(source.indexOf("// README:start") + "// README:start".length(),
                source.indexOf("    // README:end"));
        assertThat(normalize(block.group(1), 4)).contains(normalize(snippet, 4));
    }

    /** Removes {@code indent} leading spaces (the class body's indentation) so that both read the same. */
    private static String normalize(String code, int indent) {
        StringBuilder out = new StringBuilder();
        for (String line : code.strip().split("\n")) {
            out.append(line.replaceFirst("^ {" + indent + "}", "").stripTrailing()).append('\n');
        }
        return out.toString().strip();
    }
}
