package dev.broadsheet.examples.quickstart;

import dev.broadsheet.html.HtmlPolicy;
import dev.broadsheet.html.Markdown;
import dev.broadsheet.model.Article;
import dev.broadsheet.model.ArticleStatus;
import dev.broadsheet.model.Person;
import dev.broadsheet.model.Section;
import dev.broadsheet.render.ArticlePage;
import dev.broadsheet.render.Site;
import dev.broadsheet.render.Stylesheet;
import dev.broadsheet.render.html.HtmlRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/** Renders a sample article page and the stylesheet into a folder and prints where it wrote. */
public final class Quickstart {

    private Quickstart() {
    }

    /**
     * Entry point.
     *
     * @param args the output folder (default {@code out})
     * @throws IOException when the folder cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "out").toAbsolutePath();
        Files.createDirectories(dir);
        Site site = Site.builder().name("The Caspian Ledger").baseUrl("https://news.example.com")
                .stylesheetUrl(null).build();
        Article article = Article.builder()
                .id("a-1").headline("Senators question security cooperation with Baku")
                .dek("Eight senators wrote to the Secretary of State")
                .section(Section.of("World"))
                .addAuthor(Person.of("Rauf Həsənov"))
                .body(Markdown.toHtml("Eight senators **wrote** a letter on Monday.\n\n> We want to know more.",
                        HtmlPolicy.article()))
                .status(ArticleStatus.PUBLISHED).publishedAt(Instant.parse("2026-09-21T14:05:00Z"))
                .build();
        String html = HtmlRenderer.builder().site(site).build().render(ArticlePage.of(article));
        Path page = dir.resolve(article.slug() + ".html");
        Files.writeString(page, html.replace("https://news.example.com/assets/broadsheet.css", "broadsheet.css"),
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("broadsheet.css"), Stylesheet.css(), StandardCharsets.UTF_8);
        System.out.println("Wrote " + page);
    }
}
