package dev.broadsheet.examples.benchmarks;

import dev.broadsheet.examples.benchmarks.pipelines.ByteSink;
import dev.broadsheet.examples.benchmarks.pipelines.Pipelines;
import dev.broadsheet.examples.benchmarks.pipelines.Pipelines.BytePipeline;
import dev.broadsheet.examples.benchmarks.pipelines.Pipelines.PagePipeline;
import dev.broadsheet.examples.benchmarks.pipelines.Sink;
import dev.broadsheet.examples.benchmarks.pipelines.Stored;
import dev.broadsheet.render.ArticlePage;
import dev.broadsheet.render.Site;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The byte race of {@link PageBenchmark}, run side by side: in each JMH group, Broadsheet's page to bytes and one
 * rival render at the same time, one thread each, so both see the same machine. On a machine whose speed drifts
 * by several times over seconds (as the shared machines the README's figures come from do), pipelines measured one
 * after another are compared across different machine states; measured together they are not. Each thread has its
 * own buffers, exactly as in {@link PageBenchmark}.
 */
@State(Scope.Benchmark)
public class PageRaceBenchmark {

    /** One thread's reused byte buffers, as a server keeps one per worker thread. */
    @State(Scope.Thread)
    public static class Buffers {
        final ByteSink sink = new ByteSink();
    }

    private PagePipeline broadsheet;
    private BytePipeline broadsheetBytes;
    private BytePipeline jteBinary;
    private PagePipeline jte;
    private int capacity;

    /** Builds the content and configures the pipelines once, as a site does at start-up. */
    @Setup
    public void setUp() {
        Site site = BenchContent.site();
        ArticlePage page = BenchContent.page();
        Stored.PageData data = Stored.of(site, page);
        broadsheet = Pipelines.broadsheet(site, page);
        broadsheetBytes = Pipelines.broadsheetBytes(site, page);
        jteBinary = Pipelines.jteBinary(data);
        jte = Pipelines.jte(data);
        capacity = Math.max(PageBenchmark.render(jte, 256 * 1024).length(),
                PageBenchmark.render(Pipelines.broadsheet(site, page), 256 * 1024).length());
    }

    /** @return Broadsheet's page as characters in a new buffer, as in {@link PageBenchmark#broadsheet()} */
    @Benchmark
    @Group("vsJte")
    @GroupThreads(1)
    public Sink stringBesideJte() {
        Sink out = new Sink(capacity);
        broadsheet.render(out);
        return out;
    }

    /** @return jte's page as characters in a new buffer, beside {@link #stringBesideJte()} */
    @Benchmark
    @Group("vsJte")
    @GroupThreads(1)
    public Sink jteBesideString() {
        Sink out = new Sink(capacity);
        jte.render(out);
        return out;
    }

    /**
     * @param b the thread's buffers
     * @return Broadsheet's page in the thread's reused buffer, beside {@link #jteString()}
     */
    @Benchmark
    @Group("vsJteString")
    @GroupThreads(1)
    public Object bytesBesideJteString(Buffers b) {
        return broadsheetBytes.render(b.sink);
    }

    /** @return jte's page as a {@code String} built in a new buffer, as in {@link PageBenchmark#jte()} */
    @Benchmark
    @Group("vsJteString")
    @GroupThreads(1)
    public Sink jteString() {
        Sink out = new Sink(capacity);
        jte.render(out);
        return out;
    }

    /**
     * @param b the thread's buffers
     * @return Broadsheet's page in the thread's reused buffer, beside {@link #jteBinary(Buffers)}
     */
    @Benchmark
    @Group("vsJteBinary")
    @GroupThreads(1)
    public Object bytesBesideJteBinary(Buffers b) {
        return broadsheetBytes.render(b.sink);
    }

    /**
     * @param b the thread's buffers (unused: jte's output cannot be reused)
     * @return jte's page with binary static content in a new {@code Utf8ByteOutput}
     */
    @Benchmark
    @Group("vsJteBinary")
    @GroupThreads(1)
    public Object jteBinary(Buffers b) {
        return jteBinary.render(b.sink);
    }
}
