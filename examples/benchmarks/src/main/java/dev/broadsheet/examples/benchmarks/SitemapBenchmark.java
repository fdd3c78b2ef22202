package dev.broadsheet.examples.benchmarks;

import dev.broadsheet.model.Article;
import dev.broadsheet.render.sitemap.SitemapFile;
import dev.broadsheet.render.sitemap.SitemapFiles;
import dev.broadsheet.render.sitemap.SitemapRenderer;
import java.io.OutputStream;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Sitemaps of 1,000 and 50,000 distinct articles (each with its featured image entry), written to streams that
 * count and discard the bytes: the per-URL cost at 50,000 against that at 1,000 shows whether the writer is linear.
 * {@link SitemapStreamBenchmark} shows that it writes in constant memory.
 */
@State(Scope.Benchmark)
public class SitemapBenchmark {

    /** URLs in the sitemap. */
    @Param({"1000", "50000"})
    public int urls;

    private SitemapRenderer renderer;
    private List<Article> articles;
    private final Counting files = new Counting();

    /** Builds the articles and the renderer. */
    @Setup
    public void setUp() {
        Article model = BenchContent.article("<p>A body the sitemap does not read.</p>").toBuilder()
                .modifiedAt(null).build();
        articles = new ArrayList<>(urls);
        for (int i = 0; i < urls; i++) {
            articles.add(model.toBuilder().id("a-" + i).slug("story-number-" + i)
                    .publishedAt(BenchContent.PUBLISHED.minusSeconds(60L * i)).build());
        }
        renderer = SitemapRenderer.builder().site(BenchContent.site())
                .clock(Clock.fixed(BenchContent.PUBLISHED.plusSeconds(86_400), ZoneOffset.UTC)).build();
    }

    /** @return the bytes written for the sitemap of the articles (no sections, tags or authors) */
    @Benchmark
    public long sitemap() {
        files.bytes = 0;
        List<SitemapFile> written = renderer.sitemaps(articles, List.of(), List.of(), List.of(), files);
        return files.bytes + written.size();
    }

    /** Streams that count what is written to them and keep nothing. */
    static final class Counting implements SitemapFiles {
        long bytes;

        @Override
        public OutputStream open(String name) {
            return new OutputStream() {
                @Override
                public void write(int b) {
                    bytes++;
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    bytes += len;
                }
            };
        }
    }
}
