package dev.broadsheet.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.broadsheet.fixtures.FixtureSet;
import dev.broadsheet.fixtures.Fixtures;
import dev.broadsheet.model.Article;
import dev.broadsheet.testing.NuChecker;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The static export writes every page of an article's comments, linked from file to file. */
class StaticSiteCommentPagesTest {

    @TempDir
    Path temp;

    @Test
    void anArticleWithMoreCommentsThanAPageGetsAFilePerPage() throws IOException {
        Article story = Fixtures.foreignAffairs();
        Path content = temp.resolve("content");
        Fixtures.all().writeTo(content);
        ObjectMapper json = new ObjectMapper();
        ArrayNode comments = (ArrayNode) json.readTree(content.resolve("comments.json").toFile());
        ObjectNode model = (ObjectNode) comments.get(0);
        for (int i = 0; i < 120; i++) {
            ObjectNode c = model.deepCopy();
            c.put("id", "extra-" + i).put("articleId", story.id()).put("status", "approved")
                    .put("createdAt", "2026-10-01T10:" + String.format("%02d", i / 2) + ":00Z");
            c.remove("parentId");
            c.put("body", "<p>Extra comment " + i + "</p>");
            comments.add(c);
        }
        json.writeValue(content.resolve("comments.json").toFile(), comments);
        FixtureSet set = FixtureSet.load(content);
        Path out = temp.resolve("out");

        StaticSite.Result result = StaticSite.write(set, out);

        Path dir = out.resolve("articles");
        Path second = dir.resolve(story.slug() + ".comments-2.html");
        Path third = dir.resolve(story.slug() + ".comments-3.html");
        assertThat(second).exists();
        assertThat(third).exists();
        assertThat(result.toString()).contains("later pages of comments");
        Document first = Jsoup.parse(Files.readString(dir.resolve(story.slug() + ".html"), StandardCharsets.UTF_8));
        Document two = Jsoup.parse(Files.readString(second, StandardCharsets.UTF_8));
        assertThat(first.select("nav.bs-comment-pages a[rel=next]").attr("href"))
                .isEqualTo("../articles/" + story.slug() + ".comments-2.html#comments");
        assertThat(two.select("nav.bs-comment-pages a[rel=prev]").attr("href"))
                .isEqualTo("../articles/" + story.slug() + ".html#comments");
        assertThat(two.select("link[rel=canonical]").attr("href"))
                .isEqualTo(StaticSite.BASE_URL + "/articles/" + story.slug() + ".comments-2.html");
        assertThat(two.select(".bs-comment-list > li")).isNotEmpty();
        assertThat(NuChecker.check(two.outerHtml())).isEmpty();
    }
}
