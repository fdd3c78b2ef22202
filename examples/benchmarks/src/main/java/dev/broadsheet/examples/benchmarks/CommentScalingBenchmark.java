package dev.broadsheet.examples.benchmarks;

import dev.broadsheet.examples.benchmarks.pipelines.Pipelines;
import dev.broadsheet.examples.benchmarks.pipelines.Sink;
import dev.broadsheet.render.ArticlePage;
import dev.broadsheet.render.html.HtmlRenderer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Cost per comment of Broadsheet's whole article page with 0 to 10,000 comments: the report divides the time above
 * the page without comments by the number of comments. The page goes into one reused buffer, so that the figures
 * are the renderer's own work.
 */
@State(Scope.Benchmark)
public class CommentScalingBenchmark {

    /** How many comments the page has. */
    @Param({"0", "10", "100", "1000", "10000"})
    public int comments;

    private HtmlRenderer renderer;
    private ArticlePage page;
    private Sink sink;
    private String rendered;

    /** Builds the page and the renderer. */
    @Setup
    public void setUp() {
        renderer = HtmlRenderer.builder().site(BenchContent.site()).build();
        page = BenchContent.page(BenchContent.article(), comments);
        sink = new Sink(64 * 1024 + comments * 1536);
        renderer.render(Pipelines.request(page), sink.buffer());
        rendered = sink.toString();
    }

    /** @return the buffer holding the page */
    @Benchmark
    public Sink page() {
        renderer.render(Pipelines.request(page), sink.reset().buffer());
        return sink;
    }

    /**
     * The control: copying the finished page into the same buffer. Its cost per comment shows what memory alone
     * costs as the page outgrows the caches.
     *
     * @return the buffer holding the page
     */
    @Benchmark
    public Sink floor() {
        sink.reset().buffer().append(rendered);
        return sink;
    }
}
