package dev.broadsheet.examples.benchmarks;

import dev.broadsheet.examples.benchmarks.pipelines.Pipelines;
import dev.broadsheet.examples.benchmarks.pipelines.Pipelines.PagePipeline;
import dev.broadsheet.examples.benchmarks.pipelines.Sink;
import dev.broadsheet.examples.benchmarks.pipelines.Stored;
import dev.broadsheet.render.ArticlePage;
import dev.broadsheet.render.Site;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The whole HTML page of an article with {@value BenchContent#PAGE_COMMENTS} comments: Broadsheet against the same
 * page from Thymeleaf and from precompiled jte templates (each with the JSON-LD built by Jackson from a map), all
 * from bodies sanitized at save time; floor: appending the finished page to the buffer.
 *
 * <p>Every operation writes into a new {@link Sink} with room for the page (the same capacity for every pipeline),
 * so each pipeline's allocation includes the buffer that holds its page, and the floor is exactly that buffer.
 * (AMP benchmarks go here once {@code AmpRenderer} is merged: a pipeline in {@link Pipelines} and a method below.)
 */
@State(Scope.Benchmark)
public class PageBenchmark {

    private PagePipeline broadsheet;
    private PagePipeline thymeleaf;
    private PagePipeline jte;
    private String rendered;
    private int capacity;

    /** Builds the content and configures the pipelines once, as a site does at start-up. */
    @Setup
    public void setUp() {
        Site site = BenchContent.site();
        ArticlePage page = BenchContent.page();
        Stored.PageData data = Stored.of(site, page);
        broadsheet = Pipelines.broadsheet(site, page);
        thymeleaf = Pipelines.thymeleaf(data);
        jte = Pipelines.jte(data);
        rendered = render(broadsheet, 256 * 1024);
        capacity = Math.max(rendered.length(), Math.max(render(thymeleaf, 256 * 1024).length(),
                render(jte, 256 * 1024).length()));
    }

    static String render(PagePipeline pipeline, int capacity) {
        Sink sink = new Sink(capacity);
        pipeline.render(sink);
        return sink.toString();
    }

    /** @return the buffer holding the page */
    @Benchmark
    public Sink broadsheet() {
        Sink out = new Sink(capacity);
        broadsheet.render(out);
        return out;
    }

    /** @return the buffer holding the page */
    @Benchmark
    public Sink thymeleaf() {
        Sink out = new Sink(capacity);
        thymeleaf.render(out);
        return out;
    }

    /** @return the buffer holding the page */
    @Benchmark
    public Sink jte() {
        Sink out = new Sink(capacity);
        jte.render(out);
        return out;
    }

    /** @return a buffer holding the pre-rendered page */
    @Benchmark
    public Sink floorAppend() {
        Sink out = new Sink(capacity);
        out.buffer().append(rendered);
        return out;
    }
}
