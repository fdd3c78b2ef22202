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
 * <p>Every pipeline writes into its thread's reused {@link Sink}, as into a server's response buffer.
 * (AMP benchmarks go here once {@code AmpRenderer} is merged: a pipeline in {@link Pipelines} and a method below.)
 */
@State(Scope.Benchmark)
public class PageBenchmark {

    private PagePipeline broadsheet;
    private PagePipeline thymeleaf;
    private PagePipeline jte;
    private String rendered;

    /** The thread's output buffer. */
    @State(Scope.Thread)
    public static class Out {
        final Sink sink = new Sink(256 * 1024);
    }

    /** Builds the content and configures the pipelines once, as a site does at start-up. */
    @Setup
    public void setUp() {
        Site site = BenchContent.site();
        ArticlePage page = BenchContent.page();
        Stored.PageData data = Stored.of(site, page);
        broadsheet = Pipelines.broadsheet(site, page);
        thymeleaf = Pipelines.thymeleaf(data);
        jte = Pipelines.jte(data);
        Sink sink = new Sink(256 * 1024);
        broadsheet.render(sink);
        rendered = sink.toString();
    }

    /**
     * @param out the thread's buffer
     * @return the buffer holding the page
     */
    @Benchmark
    public Sink broadsheet(Out out) {
        broadsheet.render(out.sink.reset());
        return out.sink;
    }

    /**
     * @param out the thread's buffer
     * @return the buffer holding the page
     */
    @Benchmark
    public Sink thymeleaf(Out out) {
        thymeleaf.render(out.sink.reset());
        return out.sink;
    }

    /**
     * @param out the thread's buffer
     * @return the buffer holding the page
     */
    @Benchmark
    public Sink jte(Out out) {
        jte.render(out.sink.reset());
        return out.sink;
    }

    /**
     * @param out the thread's buffer
     * @return the buffer holding the pre-rendered page
     */
    @Benchmark
    public Sink floorAppend(Out out) {
        out.sink.reset().buffer().append(rendered);
        return out.sink;
    }
}
