package dev.broadsheet.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.broadsheet.model.Article;
import dev.broadsheet.model.Comment;
import dev.broadsheet.model.Subscriber;
import dev.broadsheet.model.Translation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON samples in the README are true: they read as documented, and the error example is the real output. */
class ReadmeJsonTest {

    private static List<String> blocks(String language) throws IOException {
        String readme = Files.readString(Path.of("").toAbsolutePath().resolveSibling("README.md"),
                StandardCharsets.UTF_8);
        Section json = new Section(readme.substring(readme.indexOf("## JSON format"),
                readme.indexOf("\n## ", readme.indexOf("## JSON format") + 3)));
        List<String> out = new ArrayList<>();
        StringBuilder block = null;
        String blockLanguage = "";
        for (String line : json.text().split("\n", -1)) {
            if (block == null && line.startsWith("```")) {
                block = new StringBuilder();
                blockLanguage = line.substring(3).strip();
            } else if (block != null && line.equals("```")) {
                if (blockLanguage.equals(language)) {
                    out.add(block.toString());
                }
                block = null;
            } else if (block != null) {
                block.append(line).append('\n');
            }
        }
        return out;
    }

    private record Section(String text) {
    }

    @Test
    void theArticleCommentAndSubscriberSamplesRead() throws IOException {
        List<String> samples = blocks("json");
        assertThat(samples).hasSizeGreaterThanOrEqualTo(4);
        BroadsheetJson json = BroadsheetJson.storage();
        Article article = json.read(samples.get(0), Article.class);
        assertThat(article.authors()).hasSize(2);
        assertThat(article.paywalled()).isTrue();
        assertThat(article.translations()).containsExactly(
                Translation.of("az", "https://news.example.com/az/senatorlar-mektub"));
        Comment comment = json.read(samples.get(1), Comment.class);
        assertThat(comment.author().email()).hasValue("samir@mail.example");
        Subscriber subscriber = json.read(samples.get(2), Subscriber.class);
        assertThat(subscriber.email()).isEqualTo("Reader.One@mail.example");
    }

    @Test
    void theErrorExampleIsTheRealMessage() throws IOException {
        String bad = blocks("json").get(3);
        String shown = blocks("").stream().filter(b -> b.startsWith("Invalid Article")).findFirst().orElseThrow();
        assertThatThrownBy(() -> BroadsheetJson.storage().read(bad, Article.class))
                .hasMessage(shown.strip());
    }
}
