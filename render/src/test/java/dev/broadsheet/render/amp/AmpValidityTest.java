package dev.broadsheet.render.amp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.html.HtmlPolicy;
import dev.broadsheet.html.SafeHtml;
import dev.broadsheet.html.Sanitizer;
import dev.broadsheet.model.ArticleStatus;
import dev.broadsheet.model.Comment;
import dev.broadsheet.model.CommentStatus;
import dev.broadsheet.render.ArticlePage;
import dev.broadsheet.render.TestContent;
import dev.broadsheet.render.html.HtmlRenderer;
import dev.broadsheet.testing.AmpValidator;
import dev.broadsheet.testing.XssVectors;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The official AMP validator passes every page we can build: each test article, and an article for each of the
 * 149 XSS vectors (sanitized with the article policy as its body, and with the comment policy as a comment on
 * it). All pages go to one node process; a missing validator fails the test.
 */
class AmpValidityTest {

    /** Where the pages are written, to be looked at when a test fails. */
    static final Path PAGES = Path.of("target", "amp-pages");

    private static final HtmlRenderer HTML = HtmlRenderer.builder().site(TestContent.site()).build();
    private static final AmpRenderer AMP = AmpRenderer.of(HTML);
    private static final AmpRenderer RESOLVING = AmpRenderer.builder(HTML)
            .imageSizes(url -> Optional.of(new ImageSizeResolver.Size(800, 450))).build();

    @Test
    @Timeout(300)
    void theValidatorPassesEveryTestArticleAndEveryXssVectorArticle() throws IOException {
        Map<String, String> pages = new LinkedHashMap<>();
        AmpPages.all().forEach((name, page) -> pages.put(name, AMP.render(page)));
        pages.put("image-without-size-resolved", RESOLVING.render(AmpPages.all().get("image-without-size")));
        for (dev.broadsheet.model.Article a : dev.broadsheet.fixtures.Fixtures.articles()) {
            pages.put("fixture-" + a.id(), AMP.render(ArticlePage.builder(a)
                    .comments(dev.broadsheet.fixtures.Fixtures.comments(a.id())).build()));
        }
        for (XssVectors.Vector v : XssVectors.all()) {
            pages.put("xss-" + v.id(), AMP.render(xssPage(v)));
        }

        Map<Path, String> files = write(pages);
        Map<Path, AmpValidator.Result> results = AmpValidator.validate(files.keySet());

        List<String> failures = new ArrayList<>();
        results.forEach((file, result) -> {
            if (!result.pass()) {
                failures.add(result.toString());
            }
        });
        int fixtures = dev.broadsheet.fixtures.Fixtures.articles().size();
        assertThat(results).hasSize(AmpPages.all().size() + 1 + fixtures + XssVectors.all().size());
        assertThat(failures).as("pages the AMP validator failed (written to %s)", PAGES.toAbsolutePath()).isEmpty();
        System.out.printf("AMP validator: %d of %d pages PASS (%d test articles, %d fixture articles, %d XSS vector "
                + "articles)%n", results.values().stream().filter(AmpValidator.Result::pass).count(), results.size(),
                AmpPages.all().size() + 1, fixtures, XssVectors.all().size());
    }

    /** An article whose body is the vector under the article policy, with the vector as a comment as well. */
    static ArticlePage xssPage(XssVectors.Vector v) {
        SafeHtml commentBody = Sanitizer.sanitize(v.payload(), HtmlPolicy.comment());
        List<Comment> comments = commentBody.isEmpty() ? List.of() : List.of(Comment.builder().id("c-" + v.id())
                .articleId("a-1001").author(TestContent.comments().get(0).author()).body(commentBody)
                .createdAt(TestContent.PUBLISHED).status(CommentStatus.APPROVED).build());
        SafeHtml body = Sanitizer.sanitize(v.payload(), HtmlPolicy.article());
        return ArticlePage.builder(TestContent.article().toBuilder().slug(v.id()).body(body)
                // a vector that sanitizes to nothing makes an empty body, which only a draft may have
                .status(body.isEmpty() ? ArticleStatus.DRAFT : ArticleStatus.PUBLISHED).build())
                .comments(comments).build();
    }

    static Map<Path, String> write(Map<String, String> pages) throws IOException {
        Files.createDirectories(PAGES);
        Map<Path, String> files = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : pages.entrySet()) {
            Path file = PAGES.resolve(e.getKey() + ".html");
            Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
            files.put(file, e.getKey());
        }
        return files;
    }
}
