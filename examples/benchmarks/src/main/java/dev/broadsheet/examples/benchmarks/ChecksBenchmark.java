package dev.broadsheet.examples.benchmarks;

import dev.broadsheet.checks.EditorialChecks;
import dev.broadsheet.checks.Finding;
import dev.broadsheet.fixtures.Fixtures;
import dev.broadsheet.model.Article;
import dev.broadsheet.render.ArticlePage;
import dev.broadsheet.render.Site;
import dev.broadsheet.render.html.HtmlRenderer;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The editorial checks on the 10,000-word fixture article ({@link Fixtures#longRead()}) against rendering its HTML
 * page: issue 17 asks the checks to cost at most a fifth of the render, so that an editor's preview can show both.
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
