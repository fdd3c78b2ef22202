package dev.broadsheet.examples.benchmarks;

import dev.broadsheet.examples.benchmarks.pipelines.ByteSink;
import dev.broadsheet.examples.benchmarks.pipelines.Pipelines;
import dev.broadsheet.examples.benchmarks.pipelines.Pipelines.BytePipeline;
import dev.broadsheet.examples.benchmarks.pipelines.Pipelines.PagePipeline;
import dev.broadsheet.examples.benchmarks.pipelines.Sink;
import dev.broadsheet.examples.benchmarks.pipelines.Stored;
import dev.broadsheet.render.ArticlePage;
import dev.broadsheet.render.Site;
import org.jsoup.Jsoup;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The whole HTML page of an article with {@value BenchContent#PAGE_COMMENTS} comments: Broadsheet against the same
 * page from Thymeleaf and from precompiled jte templates (each with the JSON-LD built by Jackson from a map), all
 * from bodies sanitized at save time; floor: appending the finished page to the buffer.
 *
 * <p>Every operation writes into a new {@link Sink} with room for the page (the same capacity for every pipeline),
 * so each pipeline's allocation includes the buffer that holds its page, and the floor is exactly that buffer.
 *
 * <p>The byte race writes the same page as UTF-8, as a server sends it: Broadsheet into a {@code Utf8Buffer} each
 * thread reuses, jte with binary static content into a new {@code Utf8ByteOutput}, Thymeleaf through a UTF-8 writer
 * into a reused byte stream; floor: copying the finished page's bytes.
 *
 * <p>The AMP page of the same article ({@link #amp()}, through {@code AmpRenderer}) is measured beside the
 * reference issue 10 sets for it, {@link #jsoupBodyAndHtml}: a jsoup parse of the article body plus Broadsheet's
 * HTML page. The AMP page gets a buffer with room for itself (it inlines the stylesheet).
 */
@State(Scope.Benchmark)
public class PageBenchmark {

    /** One thread's reused byte buffers, as a server keeps one per worker thread. */
    @State(Scope.Thread)
    public static class Buffers {
        final ByteSink sink = new ByteSink();
    }

    private PagePipeline broadsheet;
    private PagePipeline thymeleaf;
    private PagePipeline jte;
    private PagePipeline amp;
    private BytePipeline broadsheetBytes;
    private BytePipeline jteBinary;
    private BytePipeline thymeleafBytes;
    private byte[] renderedBytes;
    private String bodyHtml;
    private String rendered;
    private int capacity;
    private int ampCapacity;

    /** Builds the content and configures the pipelines once, as a site does at start-up. */
    @Setup
    public void setUp() {
        Site site = BenchContent.site();
        ArticlePage page = BenchContent.page();
        Stored.PageData data = Stored.of(site, page);
        broadsheet = Pipelines.broadsheet(site, page);
        thymeleaf = Pipelines.thymeleaf(data);
        jte = Pipelines.jte(data);
        amp = Pipelines.amp(site, page);
        broadsheetBytes = Pipelines.broadsheetBytes(site, page);
        jteBinary = Pipelines.jteBinary(data);
        thymeleafBytes = Pipelines.thymeleafBytes(data);
        renderedBytes = broadsheetBytes.bytes();
        bodyHtml = page.article().body().html();
        rendered = render(broadsheet, 256 * 1024);
        capacity = Math.max(rendered.length(), Math.max(render(thymeleaf, 256 * 1024).length(),
                render(jte, 256 * 1024).length()));
        ampCapacity = render(amp, 256 * 1024).length();
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

    /** @return the buffer holding the AMP page */
    @Benchmark
    public Sink amp() {
        Sink out = new Sink(ampCapacity);
        amp.render(out);
        return out;
    }

    /**
     * The reference for the AMP page: what converting the body with jsoup costs at the least (parsing it), plus
     * the HTML page.
     *
     * @param parsed takes the parsed body
     * @return the buffer holding the HTML page
     */
    @Benchmark
    public Sink jsoupBodyAndHtml(Blackhole parsed) {
        parsed.consume(Jsoup.parseBodyFragment(bodyHtml));
        Sink out = new Sink(capacity);
        broadsheet.render(out);
        return out;
    }

    /**
     * Broadsheet's page as UTF-8 into the thread's reused {@code Utf8Buffer}: what a server hands to its socket.
     *
     * @param b the thread's buffers
     * @return the buffer holding the page
     */
    @Benchmark
    public Object broadsheetBytes(Buffers b) {
        return broadsheetBytes.render(b.sink);
    }

    /**
     * jte with binary static content into a new {@code Utf8ByteOutput}.
     *
     * @param b the thread's buffers (unused: jte's output cannot be reused)
     * @return the output holding the page
     */
    @Benchmark
    public Object jteBinary(Buffers b) {
        return jteBinary.render(b.sink);
    }

    /**
     * Thymeleaf through a UTF-8 writer into the thread's reused byte stream.
     *
     * @param b the thread's buffers
     * @return the stream holding the page
     */
    @Benchmark
    public Object thymeleafBytes(Buffers b) {
        return thymeleafBytes.render(b.sink);
    }

    /**
     * The byte floor: copying the finished page's bytes into the thread's reused buffer.
     *
     * @param b the thread's buffers
     * @return the buffer holding the copy
     */
    @Benchmark
    public byte[] floorBytes(Buffers b) {
        byte[] target = b.sink.utf8().array();
        System.arraycopy(renderedBytes, 0, target, 0, renderedBytes.length);
        return target;
    }

    /** @return a buffer holding the pre-rendered page */
    @Benchmark
    public Sink floorAppend() {
        Sink out = new Sink(capacity);
        out.buffer().append(rendered);
        return out;
    }
}
