package dev.broadsheet.examples.benchmarks;

import dev.broadsheet.model.Article;
import dev.broadsheet.render.sitemap.SitemapFile;
import dev.broadsheet.render.sitemap.SitemapRenderer;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A sitemap of {@value #URLS} URLs (ten files) written in a JVM with a 64 MB heap (the suite forks it with
 * {@code -Xmx64m}), from articles handed out as they are read, cycling through 1,000 distinct ones: it can only
 * complete if the renderer holds neither a whole file nor the list of URLs in memory.
 */
@State(Scope.Benchmark)
public class SitemapStreamBenchmark {

    /** URLs written. */
    public static final int URLS = 500_000;

    private SitemapRenderer renderer;
    private List<Article> pool;
    private final SitemapBenchmark.Counting files = new SitemapBenchmark.Counting();

    /** Builds 1,000 articles and the renderer. */
    @Setup
    public void setUp() {
        Article model = BenchContent.article("<p>A body the sitemap does not read.</p>").toBuilder()
                .modifiedAt(null).build();
        pool = new ArrayList<>(1000);
        for (int i = 0; i < 1000; i++) {
            pool.add(model.toBuilder().id("a-" + i).slug("story-number-" + i)
                    .publishedAt(BenchContent.PUBLISHED.minusSeconds(60L * i)).build());
        }
        renderer = SitemapRenderer.builder().site(BenchContent.site())
                .clock(Clock.fixed(BenchContent.PUBLISHED.plusSeconds(86_400), ZoneOffset.UTC)).build();
    }

    /** @return the bytes written */
    @Benchmark
    public long streamed() {
        files.bytes = 0;
        Iterable<Article> many = () -> new Iterator<>() {
            private int i;

            @Override
            public boolean hasNext() {
                return i < URLS;
            }

            @Override
            public Article next() {
                return pool.get(i++ % pool.size());
            }
        };
        List<SitemapFile> written = renderer.sitemaps(many, List.of(), List.of(), List.of(), files);
        if (written.size() < URLS / SitemapRenderer.MAX_URLS) {
            throw new IllegalStateException("expected the URLs split into files, got " + written.size());
        }
        return files.bytes;
    }
}
