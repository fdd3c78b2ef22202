package dev.broadsheet.examples.benchmarks;

import dev.broadsheet.checks.EditorialChecks;
import dev.broadsheet.checks.Finding;
import dev.broadsheet.fixtures.Fixtures;
import dev.broadsheet.html.HtmlPolicy;
import dev.broadsheet.html.Sanitizer;
import dev.broadsheet.model.Article;
import dev.broadsheet.render.ArticlePage;
import dev.broadsheet.render.Site;
import dev.broadsheet.render.html.HtmlRenderer;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The editorial checks on the 10,000-word fixture article ({@link Fixtures#longRead()}) against rendering its HTML
 * page: issue 17 asks the checks to cost at most a fifth of the render, so that an editor's preview can show both.
 * {@link #checks()} is the editor's case: the article checked again after an edit elsewhere, its body's facts kept
 * on the body as its plain text and UTF-8 form are for the page. {@link #checksFirstTime(FreshBody)} checks a body
 * never read before (a newly sanitized copy, made outside the measurement).
 */
@State(Scope.Benchmark)
public class ChecksBenchmark {

    private EditorialChecks checks;
    private HtmlRenderer renderer;
    private Article article;
    private ArticlePage page;

    /** Builds the article, the checks and the renderer. */
    @Setup
    public void setUp() {
        Site site = BenchContent.site();
        article = Fixtures.longRead();
        page = ArticlePage.of(article);
        checks = EditorialChecks.builder().build();
        renderer = HtmlRenderer.builder().site(site).build();
    }

    /** A newly sanitized copy of the long read's body for each call, so nothing is kept from an earlier one. */
    @State(Scope.Thread)
    public static class FreshBody {
        Article article;

        /** Sanitizes the body again (not measured). */
        @Setup(Level.Invocation)
        public void fresh(ChecksBenchmark b) {
            article = b.article.toBuilder().body(Sanitizer.sanitize(b.article.body().html(), HtmlPolicy.article()))
                    .build();
        }
    }

    /** @return every finding on the long read, whose body was never checked before */
    @Benchmark
    public List<Finding> checksFirstTime(FreshBody fresh) {
        return checks.check(fresh.article);
    }

    /** @return every finding on the long read */
    @Benchmark
    public List<Finding> checks() {
        return checks.check(article);
    }

    /** @return the long read's HTML page */
    @Benchmark
    public String page() {
        return renderer.render(page);
    }
}
