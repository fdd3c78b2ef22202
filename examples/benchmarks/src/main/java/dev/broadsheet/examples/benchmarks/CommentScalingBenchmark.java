package dev.broadsheet.examples.benchmarks;

import dev.broadsheet.examples.benchmarks.pipelines.Pipelines;
import dev.broadsheet.render.ArticlePage;
import dev.broadsheet.render.Utf8Buffer;
import dev.broadsheet.render.html.HtmlRenderer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Broadsheet's whole article page with 0 to 10,000 comments all on one page ({@link ArticlePage#ALL_COMMENTS}),
 * as UTF-8 into one reused buffer, so that the figures are the renderer's own work: the report takes the marginal
 * cost per comment (the slope of page time from 100 to 1,000 comments, and from 1,000 to 10,000) and the cost per
 * comment above the page without comments. The page object, and so its comment thread, is built per request.
 */
@State(Scope.Benchmark)
public class CommentScalingBenchmark {

    /** How many comments the page has. */
    @Param({"0", "10", "100", "1000", "10000"})
    public int comments;

    private HtmlRenderer renderer;
    private ArticlePage page;
    private Utf8Buffer buffer;
    private byte[] rendered;

    /** Builds the page and the renderer. */
    @Setup
    public void setUp() {
        renderer = HtmlRenderer.builder().site(BenchContent.site()).build();
        page = ArticlePage.builder(BenchContent.article()).comments(BenchContent.comments(comments))
                .commentsPerPage(ArticlePage.ALL_COMMENTS).csrfToken("k7Qb2xZr9f").build();
        buffer = new Utf8Buffer(64 * 1024 + comments * 1536);
        renderer.render(Pipelines.request(page), buffer);
        rendered = buffer.toByteArray();
    }

    /** @return the buffer holding the page */
    @Benchmark
    public Utf8Buffer page() {
        renderer.render(Pipelines.request(page), buffer.clear());
        return buffer;
    }

    /**
     * The control: copying the finished page's bytes into the same buffer's storage. Its cost per comment shows
     * what memory alone costs as the page outgrows the caches.
     *
     * @return the storage holding the copy
     */
    @Benchmark
    public byte[] floor() {
        byte[] target = buffer.array();
        System.arraycopy(rendered, 0, target, 0, rendered.length);
        return target;
    }
}
