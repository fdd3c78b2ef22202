package dev.broadsheet.examples.benchmarks;

import dev.broadsheet.examples.benchmarks.pipelines.PageController;
import dev.broadsheet.examples.benchmarks.pipelines.Pipelines;
import dev.broadsheet.examples.benchmarks.pipelines.Stored;
import dev.broadsheet.render.ArticlePage;
import dev.broadsheet.render.Site;
import dev.broadsheet.render.jsonld.JsonLdRenderer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The schema.org JSON-LD of the race's article page (the graph with {@value JsonLdRenderer#DEFAULT_COMMENT_CAP} of
 * its comments): Broadsheet's streaming {@link JsonLdRenderer} against a map built per request and serialized by
 * Jackson, as the competing pipelines do it.
 */
@State(Scope.Benchmark)
public class JsonLdBenchmark {

    private JsonLdRenderer renderer;
    private ArticlePage page;
    private Stored.PageData data;

    /** Builds the content and the renderer. */
    @Setup
    public void setUp() {
        Site site = BenchContent.site();
        page = BenchContent.page();
        data = Stored.of(site, page);
        renderer = JsonLdRenderer.builder().site(site).build();
    }

    /** @return Broadsheet's JSON-LD (of a page object built per request, as a site builds it) */
    @Benchmark
    public String broadsheet() {
        return renderer.json(Pipelines.request(page));
    }

    /** @return the same graph from a map through Jackson */
    @Benchmark
    public String jacksonMap() {
        return PageController.jsonLd(data);
    }
}
